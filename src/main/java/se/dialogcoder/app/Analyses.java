package se.dialogcoder.app;

import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.app.analysis.RetrievalService;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.analysis.SuggestionService;
import se.dialogcoder.app.analysis.TrendsService;
import se.dialogcoder.app.coding.PassageCoding;
import se.dialogcoder.app.coding.QuotedCoding;
import se.dialogcoder.app.teamwork.AgreementService;
import se.dialogcoder.app.teamwork.DisagreementService;
/**
 * What the analysis views and commands use: counts, the matrix, retrieval, search, auto-coding and quoted codings,
 * agreement, code suggestions, rounds compared from a frequency store.
 */
public record Analyses(AnalysisService analysis, RetrievalService retrieval, SearchService search,
                       PassageCoding passageCoding, QuotedCoding quotedCoding, AgreementService agreement, DisagreementService disagreements,
                       SuggestionService suggestions, TrendsService trends) {
}
