package se.dialogcoder.ui.documents;

import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.model.County;

/** A county filter choice: all counties, one county, or "Okänt län". */
public record CountyChoice(County county, boolean unknown) {
    public static final CountyChoice ALL = new CountyChoice(null, false);
    static final CountyChoice UNKNOWN = new CountyChoice(null, true);

    public static CountyChoice of(County c) {
        return new CountyChoice(c, false);
    }

    /** All, the 21 counties in code order, unknown. */
    public static List<CountyChoice> choices() {
        List<CountyChoice> out = new ArrayList<>();
        out.add(ALL);
        for (County c : County.values()) {
            out.add(of(c));
        }
        out.add(UNKNOWN);
        return out;
    }

    public boolean isAll() {
        return county == null && !unknown;
    }
}
