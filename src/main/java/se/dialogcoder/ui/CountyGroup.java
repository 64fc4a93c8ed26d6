package se.dialogcoder.ui;

import java.util.List;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;

/** Documents of one county (county null = "Okänt län"). */
public record CountyGroup(County county, List<Document> documents) {
}
