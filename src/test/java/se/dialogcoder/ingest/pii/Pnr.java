package se.dialogcoder.ingest.pii;

/** Valid test personnummer, computed here rather than copied from anywhere. */
final class Pnr {
    private Pnr() {
    }

    /** The 10 digits of a personnummer born {@code yymmdd} (day + 60 for samordningsnummer) with serial nnn. */
    static String ten(String yymmdd, String serial) {
        String nine = yymmdd + serial;
        return nine + PersonnummerDetector.checkDigit(nine);
    }

    /** {@code YYMMDD-NNNN}. */
    static String dashed(String yymmdd, String serial) {
        String ten = ten(yymmdd, serial);
        return ten.substring(0, 6) + "-" + ten.substring(6);
    }

    /** The same with a wrong check digit. */
    static String wrongCheck(String yymmdd, String serial) {
        String ten = ten(yymmdd, serial);
        int wrong = (ten.charAt(9) - '0' + 1) % 10;
        return ten.substring(0, 6) + "-" + ten.substring(6, 9) + wrong;
    }
}
