package se.dialogcoder.ui;

import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.model.County;

/** A county filter choice: all counties, one county, or "Okänt län". */
record CountyChoice(County county, boolean unknown) {
    static final CountyChoice ALL = new CountyChoice(null, false);
    static final CountyChoice UNKNOWN = new CountyChoice(null, true);

    static CountyChoice of(County c) {
        return new CountyChoice(c, false);
    }

    /** All, the 21 counties in code order, unknown. */
    static List<CountyChoice> choices() {
        List<CountyChoice> out = new ArrayList<>();
        out.add(ALL);
        for (County c : County.values()) {
            out.add(of(c));
        }
        out.add(UNKNOWN);
        return out;
    }

    boolean isAll() {
        return county == null && !unknown;
    }
}
