package se.dialogcoder.app;

import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.documents.ImportService;
import se.dialogcoder.app.exchange.ExchangeService;
import se.dialogcoder.app.exchange.ExportFormats;
import se.dialogcoder.app.exchange.FrequencyExportService;
import se.dialogcoder.app.exchange.MergeService;
import se.dialogcoder.app.exchange.ReportService;
import se.dialogcoder.app.exchange.TableExportService;
import se.dialogcoder.app.privacy.PiiService;
import se.dialogcoder.app.teamwork.TeamServer;

/**
 * What brings material in and out: importing documents (with the privacy check), codebooks, REFI-QDA, merging
 * coders' files, the exports (frequency store, tables, reports), and moving projects to and from a team server.
 */
public record Exchanges(ImportService imports, PiiService pii, CodebookService codebooks, ExchangeService exchange,
                        ExportFormats exports, MergeService merge, FrequencyExportService frequencyExport,
                        TableExportService tables, ReportService reports,
                        TeamServer teamServer) {
}
