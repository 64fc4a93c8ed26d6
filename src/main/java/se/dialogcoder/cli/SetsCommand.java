package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.InvalidInputException;
import se.dialogcoder.app.Workspace;
import se.dialogcoder.app.coding.SetActions;
import se.dialogcoder.model.County;
import se.dialogcoder.model.CountyGroup;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ItemSet.Kind;
import se.dialogcoder.app.Project;

@Command(name = "sets", description = {"Document sets and code sets, and the built-in county groups (landsdelar and "
        + "sjukvårdsregioner). \"sets PROJECT\" lists them; the subcommands change them, each change one step that "
        + "can be undone in the window.",
    "A set's name can be given to --set of frequencies, cooccurrence, search, autocode and export."},
        subcommands = {SetsCommand.ListSets.class, SetsCommand.Create.class, SetsCommand.Add.class,
            SetsCommand.Remove.class, SetsCommand.Rename.class, SetsCommand.Delete.class})
final class SetsCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "List the sets of this project.")
    Location project;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (project == null) {
            throw new ParameterException(spec.commandLine(), "give a project to list its sets, or one of: list, "
                    + "create, add, remove, rename, delete");
        }
        return list(this, project, json);
    }

    static int list(BaseCommand c, Location project, boolean json) throws Exception {
        List<ItemSet> sets;
        List<String> documentNames = new ArrayList<>();
        Map<Long, String> names = new java.util.HashMap<>();
        Map<Long, String> paths;
        try (Project p = c.projects.forReading(project)) {
            sets = SetActions.of(p).list();
            for (Document d : p.documents()) {
                names.put(d.id(), d.name());
                documentNames.add(d.name());
            }
            paths = p.codePaths();
        }
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (ItemSet s : sets) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", s.name());
                row.put("kind", s.kind().id());
                row.put("description", s.description());
                row.put("members", s.members().stream().map(id -> s.isDocumentSet() ? names.get(id) : paths.get(id))
                        .toList());
                out.add(row);
            }
            List<Map<String, Object>> groups = new ArrayList<>();
            for (CountyGroup g : CountyGroup.values()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", g.swedishName());
                row.put("english", g.englishName());
                row.put("division", g.division() == CountyGroup.Division.LANDSDEL ? "landsdel" : "sjukvårdsregion");
                row.put("counties", g.counties().stream().map(County::code).toList());
                groups.add(row);
            }
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("sets", out);
            all.put("countyGroups", groups);
            c.out().println(Json.write(all));
            return Cli.OK;
        }
        if (sets.isEmpty()) {
            c.out().println("No document sets or code sets yet (create one with: dialogcoder sets create PROJECT "
                    + "NAME --documents).");
        }
        for (ItemSet s : sets) {
            c.out().println((s.isDocumentSet() ? "Document set " : "Code set ") + "\"" + s.name() + "\" ("
                    + s.members().size() + (s.isDocumentSet() ? " documents)" : " codes)")
                    + (s.description() == null ? "" : ": " + s.description()));
            for (long id : s.members()) {
                c.out().println("  " + (s.isDocumentSet() ? names.get(id) : paths.get(id)));
            }
        }
        c.out().println("County groups (built in):");
        for (CountyGroup g : CountyGroup.values()) {
            c.out().println("  " + g.swedishName() + ": " + String.join(", ", g.counties().stream()
                    .map(County::shortName).toList()));
        }
        return Cli.OK;
    }

    @Command(name = "list", description = "List the document sets, code sets and built-in county groups.")
    static final class ListSets extends BaseCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROJECT")
        Location project;

        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return list(this, project, json);
        }
    }

    static final class KindChoice {
        @Option(names = "--documents", required = true, description = "A set of documents.")
        boolean documents;

        @Option(names = "--codes", required = true, description = "A set of codes.")
        boolean codes;
    }

    @Command(name = "create", description = "Create an empty document set or code set.")
    static final class Create extends BaseCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROJECT")
        Location project;

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        KindChoice kind;

        @Option(names = "--description", paramLabel = "TEXT", description = "What the set is for.")
        String description;

        private final Workspace workspace;

        Create(Workspace workspace) {
            this.workspace = workspace;
        }

        @Override
        public Integer call() throws Exception {
            Kind k = kind.documents ? Kind.DOCUMENTS : Kind.CODES;
            try (BackedUpChange change = projects.forChanging(project)) {
                ItemSet s = SetActions.of(change.project()).create(k, name, description);
                err().println("Created the " + (k == Kind.DOCUMENTS ? "document" : "code") + " set \"" + s.name()
                        + "\".");
            } catch (InvalidInputException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage() + "; nothing was changed.");
            }
            return Cli.OK;
        }
    }

    /** Add and remove: a set and the documents or codes to put in or take out. */
    abstract static class Members extends BaseCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROJECT")
        Location project;

        @Parameters(index = "1", paramLabel = "NAME", description = "The set.")
        String name;

        @Option(names = "--document", paramLabel = "DOCUMENT", description = "A document by name; repeatable.")
        List<String> documents = new ArrayList<>();

        @Option(names = "--code", paramLabel = "CODE", description = "A code by path, id or unique name; repeatable.")
        List<String> codes = new ArrayList<>();

        private final Workspace workspace;

        Members(Workspace workspace) {
            this.workspace = workspace;
        }

        abstract boolean adding();

        @Override
        public Integer call() throws Exception {
            try (BackedUpChange change = projects.forChanging(project)) {
                Project p = change.project();
                SetActions actions = SetActions.of(p);
                ItemSet set = SetsCommand.find(this, actions, name);
                List<Long> ids = members(p, set);
                int n = adding() ? actions.add(set, ids) : actions.remove(set, ids);
                String what = set.isDocumentSet() ? (n == 1 ? " document" : " documents")
                        : (n == 1 ? " code" : " codes");
                err().println((adding() ? "Added " + n + what + " to \"" : "Removed " + n + what + " from \"")
                        + set.name() + "\"" + (n < ids.size() ? " (" + (ids.size() - n) + (adding()
                        ? " already in it)." : " were not in it).") : "."));
            }
            return Cli.OK;
        }

        private List<Long> members(Project p, ItemSet set) throws Exception {
            if (set.isDocumentSet() ? !codes.isEmpty() : !documents.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "\"" + set.name() + "\" is a "
                        + (set.isDocumentSet() ? "document set: give --document" : "code set: give --code")
                        + "; nothing was changed.");
            }
            List<String> refs = set.isDocumentSet() ? documents : codes;
            if (refs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give at least one "
                        + (set.isDocumentSet() ? "--document" : "--code") + ".");
            }
            List<Long> out = new ArrayList<>();
            CodeTree tree = set.isDocumentSet() ? null : new CodeTree(p.codes());
            for (String r : refs) {
                if (set.isDocumentSet()) {
                    Document d = p.document(r).orElseThrow(() -> new ParameterException(
                            spec.commandLine(), "no document named \"" + r + "\" (see dialogcoder info); "
                            + "nothing was changed."));
                    out.add(d.id());
                } else {
                    try {
                        out.add(tree.resolve(r).id());
                    } catch (IllegalArgumentException e) {
                        throw new ParameterException(spec.commandLine(), e.getMessage() + "; nothing was changed.");
                    }
                }
            }
            return out;
        }
    }

    @Command(name = "add", description = "Put documents into a document set, or codes into a code set.")
    static final class Add extends Members {
        Add(Workspace workspace) {
            super(workspace);
        }

        @Override
        boolean adding() {
            return true;
        }
    }

    @Command(name = "remove", description = "Take documents or codes out of a set (they stay in the project).")
    static final class Remove extends Members {
        Remove(Workspace workspace) {
            super(workspace);
        }

        @Override
        boolean adding() {
            return false;
        }
    }

    @Command(name = "rename", description = "Rename a set, or change its description.")
    static final class Rename extends BaseCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROJECT")
        Location project;

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Parameters(index = "2", paramLabel = "NEW_NAME", arity = "0..1", description = "Default: the same name.")
        String newName;

        @Option(names = "--description", paramLabel = "TEXT", description = "A new description (\"\" removes it).")
        String description;

        private final Workspace workspace;

        Rename(Workspace workspace) {
            this.workspace = workspace;
        }

        @Override
        public Integer call() throws Exception {
            try (BackedUpChange change = projects.forChanging(project)) {
                SetActions actions = SetActions.of(change.project());
                ItemSet set = find(this, actions, name);
                boolean changed = actions.update(set, newName == null ? set.name() : newName,
                        description == null ? set.description() : description);
                err().println(changed ? "Changed the set \"" + set.name() + "\"" + (newName == null ? "."
                        : " to \"" + newName.strip() + "\".") : "Nothing to change.");
            } catch (InvalidInputException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage() + "; nothing was changed.");
            }
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = "Delete a set. Its documents or codes and every coding stay; the delete "
            + "can be undone in the window, and a backup is kept.")
    static final class Delete extends BaseCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROJECT")
        Location project;

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        private final Workspace workspace;

        Delete(Workspace workspace) {
            this.workspace = workspace;
        }

        @Override
        public Integer call() throws Exception {
            try (BackedUpChange change = projects.forChanging(project)) {
                SetActions actions = SetActions.of(change.project());
                ItemSet set = find(this, actions, name);
                actions.delete(set);
                err().println("Deleted the " + (set.isDocumentSet() ? "document" : "code") + " set \"" + set.name()
                        + "\" (" + set.members().size() + " members; they stay in the project)."
                        + change.backup().map(b -> " Backup: " + b.getFileName()).orElse(""));
            }
            return Cli.OK;
        }
    }

    static ItemSet find(BaseCommand c, SetActions actions, String name) throws Exception {
        return actions.find(name).orElseThrow(() -> {
            List<String> there = new ArrayList<>();
            try {
                actions.list().forEach(s -> there.add(s.name()));
            } catch (Exception e) {
                // the names are a help only
            }
            return new ParameterException(c.spec.commandLine(), "no set named \"" + name + "\"" + (there.isEmpty()
                    ? " (the project has no sets yet)" : "; there are: " + String.join(", ", there))
                    + ". Nothing was changed.");
        });
    }
}
