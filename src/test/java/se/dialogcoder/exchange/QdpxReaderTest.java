package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.exchange.ImportedProject.ImportedCoding;
import se.dialogcoder.exchange.ImportedProject.ImportedDocument;

/** Reading archives as real programs write them. */
class QdpxReaderTest {
    @TempDir
    Path dir;
    private final QdpxReader reader = new QdpxReader();

    static final String CODE = "c0de0000-0000-4000-8000-000000000001";
    static final String CODE2 = "c0de0000-0000-4000-8000-000000000002";
    static final String USER = "a5e40000-0000-4000-8000-000000000001";

    static String passage(ImportedDocument d, ImportedCoding c) {
        String t = d.text();
        return t.substring(t.offsetByCodePoints(0, c.start()), t.offsetByCodePoints(0, c.end()));
    }

    /** Code-point offset of a word in the text as the other program saw it (CRs counted). */
    static int at(String text, String word) {
        return text.codePointCount(0, text.indexOf(word));
    }

    static String selection(String guidSuffix, String text, String word, String code) {
        int s = at(text, word);
        return "<PlainTextSelection guid=\"5e1e0000-0000-4000-8000-0000000000" + guidSuffix + "\" startPosition=\"" + s
                + "\" endPosition=\"" + (s + word.codePointCount(0, word.length())) + "\"><Coding guid=\"c0d10000-0000-"
                + "4000-8000-0000000000" + guidSuffix + "\" creatingUser=\"" + USER + "\"><CodeRef targetGUID=\"" + code
                + "\"/></Coding></PlainTextSelection>";
    }

    @Test
    void crlfSourceWhoseSelectionsCountTheCrsLandsOnTheIntendedWords() throws Exception {
        String text = "Region Skåne 2025\r\n\r\nModerator: Välkomna.\r\nLänssamordnare: Vi har "
                + "efterlevandestöd och en 😀 handlingsplan.\r\n";
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"Handgjord\"><Users><User guid=\"" + USER + "\" name=\"Kodare A\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"Efterlevandestöd\" isCodable=\"true\"/>"
                + "<Code guid=\"" + CODE2 + "\" name=\"Handlingsplaner\" isCodable=\"true\" color=\"#009E73\"/>"
                + "</Codes></CodeBook><Sources><TextSource guid=\"50c00000-0000-4000-8000-000000000001\" "
                + "name=\"skane.txt\" plainTextPath=\"internal://50c0.txt\">"
                + selection("01", text, "efterlevandestöd", CODE) + selection("02", text, "handlingsplan", CODE2)
                + selection("03", text, "Välkomna", CODE) + "</TextSource></Sources></Project>";
        Path file = new ZipBuilder().add("project.qde", qde).add("sources/50c0.txt", text)
                .write(dir.resolve("crlf.qdpx"));

        ImportedProject p = reader.read(file);
        ImportedDocument d = p.documents().get(0);
        assertThat(d.text()).doesNotContain("\r").startsWith("Region Skåne 2025\n\nModerator");
        assertThat(d.codings()).extracting(c -> passage(d, c))
                .containsExactly("efterlevandestöd", "handlingsplan", "Välkomna");
        assertThat(d.codings()).extracting(ImportedCoding::coder).containsOnly("Kodare A");
        assertThat(d.name()).isEqualTo("skane");
        assertThat(d.sourceFile()).isEqualTo("skane.txt");
        assertThat(p.codes().get(0).color()).as("missing colour → default").isEqualTo(RefiCodes.DEFAULT_COLOR);
        assertThat(p.report().complete()).isTrue();
        assertThat(p.report().notes()).anyMatch(n -> n.contains("line ends"));
    }

    /** Names with line breaks (written as character references, so the XML parser keeps them) become one line. */
    @Test
    void lineBreaksAndTabsInNamesBecomeSingleSpaces() throws Exception {
        String text = "Moderator: Välkomna till dialogen om efterlevandestöd.\n";
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"Dialog&#10;2025\"><Users><User guid=\"" + USER + "\" name=\"Kodare&#13;&#10;A\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"Efterlevande&#10;&#9;stöd&#x2028;\" "
                + "isCodable=\"true\"/></Codes></CodeBook><Sources><TextSource "
                + "guid=\"50c00000-0000-4000-8000-000000000001\" name=\"Skåne&#10;dialog&#x85;.txt\" "
                + "plainTextPath=\"internal://50c0.txt\">" + selection("01", text, "efterlevandestöd", CODE)
                + "</TextSource></Sources><Sets><Set guid=\"5e700000-0000-4000-8000-000000000001\" "
                + "name=\"Viktiga&#10;texter\"><MemberSource targetGUID=\"50c00000-0000-4000-8000-000000000001\"/>"
                + "</Set></Sets></Project>";
        Path file = new ZipBuilder().add("project.qde", qde).add("sources/50c0.txt", text)
                .write(dir.resolve("namn.qdpx"));

        ImportedProject p = reader.read(file);
        ImportedDocument d = p.documents().get(0);
        assertThat(p.name()).isEqualTo("Dialog 2025");
        assertThat(p.codes().get(0).name()).isEqualTo("Efterlevande stöd");
        assertThat(d.name()).isEqualTo("Skåne dialog");
        assertThat(d.sourceFile()).as("the original name stays the source").isEqualTo("Skåne\ndialog\u0085.txt");
        assertThat(d.codings()).extracting(ImportedCoding::coder).containsOnly("Kodare A");
        assertThat(p.sets()).extracting(ImportedProject.ImportedSet::name).containsExactly("Viktiga texter");
        assertThat(p.report().notes()).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\t", "\r"));
    }

    /** Something like what NVivo writes: BOM, Sources/ with capitals, braced upper-case GUIDs, linked notes. */
    @Test
    void anNvivoLikeArchiveIsRead() throws Exception {
        String text = "Intervju med länssamordnaren\r\nHon berättar om suicidprevention i länet.\r\n";
        String s = String.valueOf(at(text, "suicidprevention"));
        String e = String.valueOf(at(text, "suicidprevention") + 16);
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"NVivo-projekt\" origin=\"NVivo 14\" "
                + "creatingUserGUID=\"{AAAA0000-0000-4000-8000-000000000009}\">\r\n"
                + "<Users><User guid=\"{AAAA0000-0000-4000-8000-000000000009}\" name=\"NV\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"{C0DE0000-0000-4000-8000-000000000001}\" name=\"Suicidprevention\" "
                + "isCodable=\"true\"><Code guid=\"{C0DE0000-0000-4000-8000-000000000002}\" name=\"Kunskap\" "
                + "isCodable=\"true\"/></Code></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"{50C00000-0000-4000-8000-000000000001}\" name=\"Intervju Norrbotten\" "
                + "plainTextPath=\"internal://50C00000-0000-4000-8000-000000000001.txt\" "
                + "richTextPath=\"internal://50C00000-0000-4000-8000-000000000001.docx\">"
                + "<PlainTextSelection guid=\"{5E1E0000-0000-4000-8000-000000000001}\" startPosition=\"" + s
                + "\" endPosition=\"" + e + "\"><Coding guid=\"{C0D10000-0000-4000-8000-000000000001}\">"
                + "<CodeRef targetGUID=\"{C0DE0000-0000-4000-8000-000000000002}\"/></Coding></PlainTextSelection>"
                + "<PlainTextSelection guid=\"{5E1E0000-0000-4000-8000-000000000002}\" startPosition=\"0\" "
                + "endPosition=\"8\"/>"
                + "</TextSource><PictureSource guid=\"{50C00000-0000-4000-8000-000000000002}\" name=\"Karta\" "
                + "path=\"internal://karta.png\"><PictureSelection guid=\"{5E1E0000-0000-4000-8000-000000000003}\" "
                + "firstX=\"1\" firstY=\"1\" secondX=\"2\" secondY=\"2\"/></PictureSource></Sources>"
                + "<Notes><Note guid=\"{40740000-0000-4000-8000-000000000001}\" name=\"Annotation\" "
                + "plainTextPath=\"internal://40740000-0000-4000-8000-000000000001.txt\"/></Notes>"
                + "<Links><Link guid=\"{11270000-0000-4000-8000-000000000001}\" "
                + "originGUID=\"{40740000-0000-4000-8000-000000000001}\" "
                + "targetGUID=\"{5E1E0000-0000-4000-8000-000000000002}\"/></Links>"
                + "<Sets><Set guid=\"{5E700000-0000-4000-8000-000000000001}\" name=\"Norrland\"/></Sets></Project>";
        Path file = new ZipBuilder().add("project.qde", ZipBuilder.withBom(qde))
                .add("Sources/50C00000-0000-4000-8000-000000000001.txt", ZipBuilder.withBom(text))
                .add("Sources/50C00000-0000-4000-8000-000000000001.docx", new byte[] {'P', 'K'})
                .add("Sources/40740000-0000-4000-8000-000000000001.txt", ZipBuilder.withBom("Viktig början.\r\n"))
                .write(dir.resolve("nvivo.qdpx"));

        ImportedProject p = reader.read(file);
        assertThat(p.name()).isEqualTo("NVivo-projekt");
        ImportedDocument d = p.documents().get(0);
        assertThat(d.text()).startsWith("Intervju").doesNotContain("\uFEFF", "\r");
        assertThat(d.codings()).singleElement().satisfies(c -> {
            assertThat(passage(d, c)).isEqualTo("suicidprevention");
            assertThat(c.coder()).as("the project's creating user").isEqualTo("NV");
            assertThat(c.codeGuid()).isEqualTo("c0de0000-0000-4000-8000-000000000002");
        });
        assertThat(d.memo()).as("the note linked to a memo-only selection stays on the document")
                .isEqualTo("«Intervju» (0–8): Viktig början.\n");
        assertThat(p.report().notImported()).anyMatch(m -> m.contains("Picture source \"Karta\""))
                .noneMatch(m -> m.contains("Set \"Norrland\""));
        assertThat(p.sets()).as("an empty set arrives as an empty document set").singleElement()
                .satisfies(set -> {
                    assertThat(set.name()).isEqualTo("Norrland");
                    assertThat(set.kind()).isEqualTo(se.dialogcoder.model.ItemSet.Kind.DOCUMENTS);
                    assertThat(set.documents()).isEmpty();
                });
        assertThat(p.report().notes()).anyMatch(m -> m.contains("memo on a passage without a code"));
    }

    /** Something like QualCoder's and MAXQDA's output: any .qde name, sources/, cases and file variables. */
    @Test
    void aQualCoderOrMaxqdaLikeArchiveIsRead() throws Exception {
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"QC\" origin=\"QualCoder 3.6\"><Users><User guid=\"" + USER + "\" name=\"colin\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"ca700000-0000-4000-8000-000000000001\" name=\"Teman\" "
                + "isCodable=\"false\" color=\"#EEAA00\"><Description>En kategori</Description>"
                + "<Code guid=\"" + CODE + "\" name=\"Samverkan\" isCodable=\"true\" color=\"#1F77B4\"/></Code>"
                + "</Codes></CodeBook><Variables>"
                + "<Variable guid=\"7a100000-0000-4000-8000-000000000001\" name=\"Län\" typeOfVariable=\"Text\"/>"
                + "<Variable guid=\"7a100000-0000-4000-8000-000000000002\" name=\"Ålder\" typeOfVariable=\"Integer\"/>"
                + "<Variable guid=\"7a100000-0000-4000-8000-000000000003\" name=\"Roll\" typeOfVariable=\"Text\"/>"
                + "</Variables><Cases>"
                + "<Case guid=\"ca5e0000-0000-4000-8000-000000000001\" name=\"Gotland\"><VariableValue>"
                + "<VariableRef targetGUID=\"7a100000-0000-4000-8000-000000000001\"/><TextValue>Gotlands län"
                + "</TextValue></VariableValue><SourceRef targetGUID=\"50c00000-0000-4000-8000-000000000001\"/>"
                + "</Case><Case guid=\"ca5e0000-0000-4000-8000-000000000002\"><VariableValue>"
                + "<VariableRef targetGUID=\"7a100000-0000-4000-8000-000000000002\"/><IntegerValue>54</IntegerValue>"
                + "</VariableValue><SourceRef targetGUID=\"50c00000-0000-4000-8000-000000000001\"/></Case>"
                + "<Case guid=\"ca5e0000-0000-4000-8000-000000000003\" name=\"Anna\"><VariableValue>"
                + "<VariableRef targetGUID=\"7a100000-0000-4000-8000-000000000003\"/><TextValue>samordnare"
                + "</TextValue></VariableValue><SourceRef targetGUID=\"50c00000-0000-4000-8000-000000000001\"/>"
                + "</Case></Cases><Sources><TextSource guid=\"50c00000-0000-4000-8000-000000000001\" "
                + "name=\"anteckning.docx\" plainTextPath=\"internal://50c00000-0000-4000-8000-000000000001.txt\" "
                + "creatingUser=\"" + USER + "\"><PlainTextSelection guid=\"5e1e0000-0000-4000-8000-000000000001\" "
                + "startPosition=\"0\" endPosition=\"9\"><Description>Viktigt</Description><Coding "
                + "guid=\"c0d10000-0000-4000-8000-000000000001\"><CodeRef targetGUID=\"" + CODE + "\"/></Coding>"
                + "</PlainTextSelection><PlainTextSelection guid=\"5e1e0000-0000-4000-8000-000000000002\" "
                + "startPosition=\"5\" endPosition=\"999\"><Coding guid=\"c0d10000-0000-4000-8000-000000000002\">"
                + "<CodeRef targetGUID=\"ffff0000-0000-4000-8000-000000000001\"/></Coding></PlainTextSelection>"
                + "</TextSource><TextSource guid=\"50c00000-0000-4000-8000-000000000002\" name=\"extern\" "
                + "plainTextPath=\"absolute:///C:/Users/x/extern.txt\"/></Sources>"
                + "<Notes><Note guid=\"40740000-0000-4000-8000-000000000001\" name=\"Dagbok\"><PlainTextContent>"
                + "Första dagen.</PlainTextContent></Note></Notes><Description>Projektbeskrivning</Description>"
                + "</Project>";
        Path file = new ZipBuilder().add("QualCoder-export.qde", qde)
                .add("sources/50c00000-0000-4000-8000-000000000001.txt", "Samverkan i Visby fungerar.")
                .write(dir.resolve("qc.qdpx"));

        ImportedProject p = reader.read(file);
        ImportedDocument d = p.documents().get(0);
        assertThat(p.documents()).hasSize(1);
        assertThat(d.name()).isEqualTo("anteckning");
        assertThat(d.county()).isEqualTo("Gotlands län");
        assertThat(d.attributes()).containsEntry("Ålder", "54").containsEntry("Roll", "samordnare")
                .containsEntry("Fall", "Anna");
        assertThat(d.codings()).singleElement().satisfies(c -> {
            assertThat(passage(d, c)).isEqualTo("Samverkan");
            assertThat(c.coder()).isEqualTo("colin");
            assertThat(c.memo()).isEqualTo("Viktigt");
        });
        assertThat(p.codes().get(0).description()).isEqualTo("En kategori");
        assertThat(p.codes().get(0).children()).extracting(e -> e.color()).containsExactly("#1F77B4");
        assertThat(p.memo()).isEqualTo("Projektbeskrivning\n\nDagbok:\nFörsta dagen.");
        assertThat(p.report().notImported()).hasSize(2)
                .anyMatch(m -> m.contains("Source \"extern\"") && m.contains("outside the archive"))
                .anyMatch(m -> m.contains("not in the codebook"));
        assertThat(p.statesCounties()).isTrue();
    }

    /** The real f4 export (test resource refi/), with generated texts (the example ships without them). */
    @Test
    void theRealF4ExampleIsReadWithMemosOnTheirPassages() throws Exception {
        byte[] example = RefiSchemas.resource("f4_2025.2.9_valid-document.project.qde");
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1400; i++) {
            text.append("Zeile ").append(i).append(" des Interviews über Schule und Arbeit.\r\n");
        }
        ZipBuilder zip = new ZipBuilder().add("project.qde", example);
        for (String guid : List.of("333e1cde-f6c3-46c8-98cb-6e92eb1169a1", "fb212a01-b4b5-41ba-bd9f-b66bb210b204",
                "834517f4-6e9f-4425-9bdd-a4be2d36e7a0", "87c38791-4e98-494a-a0f9-905a813921b4")) {
            zip.add("sources/" + guid + ".txt", text.toString());
        }
        zip.add("sources/768169b3-d336-4ef3-8060-83bcb776a23d.txt", "Notiz zum Code");
        ImportedProject p = reader.read(zip.write(dir.resolve("f4.qdpx")));

        assertThat(p.name()).isEqualTo("f4-Projekt");
        assertThat(p.documents()).hasSize(4);
        assertThat(p.codes()).singleElement().satisfies(c -> {
            assertThat(c.color()).isEqualTo("#044B9B");
            assertThat(c.description()).isEqualTo("Dies ist der Kommentar vom Test-Code");
            assertThat(p.codeMemos().get(c.id())).isEqualTo("Notiz zum Code");
        });
        ImportedDocument d = p.documents().stream().filter(x -> x.name().equals("Interview 60mins")).findFirst()
                .orElseThrow();
        assertThat(d.codings()).hasSize(2);
        ImportedCoding memoed = d.codings().stream().filter(c -> c.memo() != null).findFirst().orElseThrow();
        assertThat(memoed.memo()).contains("angeheftet an ein Text-Snipped (das codiert ist!)");
        assertThat(d.memo()).contains("(das nicht codiert ist!)");
        assertThat(p.report().notImported()).hasSize(2).allMatch(m -> m.startsWith("Note ") && m.contains("missing"));
    }

    @Test
    void selectionsOutsideTheTextAreReportedNotGuessed() throws Exception {
        String qde = "<Project name=\"p\"><CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"K\" isCodable=\"true\"/>"
                + "</Codes></CodeBook><Sources><TextSource guid=\"50c00000-0000-4000-8000-000000000001\" name=\"a\">"
                + "<PlainTextContent>Kort text.</PlainTextContent>"
                + "<PlainTextSelection guid=\"5e1e0000-0000-4000-8000-000000000001\" startPosition=\"50\" "
                + "endPosition=\"60\"><Coding guid=\"c0d10000-0000-4000-8000-000000000001\"><CodeRef targetGUID=\""
                + CODE + "\"/></Coding></PlainTextSelection>"
                + "<PlainTextSelection guid=\"5e1e0000-0000-4000-8000-000000000002\" startPosition=\"5\" "
                + "endPosition=\"12\"><Coding guid=\"c0d10000-0000-4000-8000-000000000002\"><CodeRef targetGUID=\""
                + CODE + "\"/></Coding></PlainTextSelection></TextSource></Sources></Project>";
        Path file = new ZipBuilder().add("project.qde", qde).write(dir.resolve("range.qdpx"));
        ImportedProject p = reader.read(file);
        ImportedDocument d = p.documents().get(0);
        assertThat(d.codings()).singleElement().satisfies(c -> assertThat(passage(d, c)).isEqualTo("text."));
        assertThat(p.report().notImported()).singleElement().asString().contains("Source \"a\"")
                .contains("50–60").contains("outside its text");
        assertThat(p.report().notes()).anyMatch(n -> n.contains("cut at the end"));
        assertThat(d.codings().get(0).coder()).isEqualTo(QdeReader.UNKNOWN_CODER);
    }

    @Test
    void archivesThatAreNotProjectsAreRefusedWithTheReason() throws Exception {
        Path noQde = new ZipBuilder().add("sources/a.txt", "x").write(dir.resolve("utan.qdpx"));
        assertThatThrownBy(() -> reader.read(noQde)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("utan.qdpx: there is no project.qde");
        Path codebook = new ZipBuilder().add("project.qde", "<CodeBook/>").write(dir.resolve("kodbok.qdpx"));
        assertThatThrownBy(() -> reader.read(codebook)).hasMessageContaining("kodbok.qdpx: project.qde: not a "
                + "REFI-QDA project");
        Path two = new ZipBuilder().add("a.qde", "<Project name=\"a\"/>").add("b.qde", "<Project name=\"b\"/>")
                .write(dir.resolve("tva.qdpx"));
        assertThatThrownBy(() -> reader.read(two)).hasMessageContaining("several .qde files");
        Path xxe = new ZipBuilder().add("project.qde", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM "
                + "\"file:///etc/hostname\">]><Project name=\"&x;\"/>").write(dir.resolve("xxe.qdpx"));
        assertThatThrownBy(() -> reader.read(xxe)).hasMessageStartingWith("xxe.qdpx: project.qde: ")
                .hasMessageContaining("DOCTYPE");
        Path bomb = new ZipBuilder().add("project.qde", "<Project name=\"p\"><Sources><TextSource guid=\""
                        + "50c00000-0000-4000-8000-000000000001\" name=\"b\" plainTextPath=\"internal://b.txt\"/>"
                        + "</Sources></Project>")
                .add("sources/b.txt", new byte[30 * 1024 * 1024]).write(dir.resolve("bomb.qdpx"));
        assertThatThrownBy(() -> reader.read(bomb)).hasMessageStartingWith("bomb.qdpx: ")
                .hasMessageContaining("sources/b.txt");
    }

    @Test
    void aFolderAroundTheProjectAndTextsThatAreNotUtf8AreHandled() throws Exception {
        String qde = "<Project name=\"p\"><Sources><TextSource guid=\"50c00000-0000-4000-8000-000000000001\" "
                + "name=\"a\" plainTextPath=\"internal://a.txt\"/></Sources></Project>";
        Path file = new ZipBuilder().add("Export/project.qde", qde)
                .add("Export/sources/a.txt", "Västerås och Örebro".getBytes(java.nio.charset.Charset.forName("windows-1252")))
                .write(dir.resolve("mapp.qdpx"));
        ImportedProject p = reader.read(file);
        assertThat(p.documents()).extracting(ImportedDocument::text).containsExactly("Västerås och Örebro");
        assertThat(p.report().notes()).anyMatch(n -> n.contains("Windows-1252"));
        assertThat(List.of(p.statesDates(), p.statesKinds(), p.statesCounties())).containsOnly(false);
    }
}
