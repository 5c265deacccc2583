package dev.workers4j.text;

/**
 * ISO calendar dates, YYYY-MM-DD, checked by hand: java.time's parser would add ~125 KB to a
 * Worker bundle for one check.
 */
public final class IsoDates {
    private IsoDates() {
    }

    /** Whether the text is YYYY-MM-DD naming a real day (leap years included), year 1 or later. */
    public static boolean isDate(String text) {
        return text != null && fields(text) != null;
    }

    /** {year, month, day} of a date {@link #isDate} accepts, else null. */
    public static int[] fields(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        Long year = Digits.parse(text, 0, 4, 4);
        Long month = Digits.parse(text, 5, 7, 2);
        Long day = Digits.parse(text, 8, 10, 2);
        if (year == null || month == null || day == null || year < 1 || month < 1 || month > 12 || day < 1
                || day > lengthOfMonth((int) (long) year, (int) (long) month)) {
            return null;
        }
        return new int[] {(int) (long) year, (int) (long) month, (int) (long) day};
    }

    /** Days in the month of the year (February 29 in leap years). */
    public static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
