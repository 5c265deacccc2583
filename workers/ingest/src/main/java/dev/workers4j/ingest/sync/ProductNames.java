package dev.workers4j.ingest.sync;

/** What the dashboard derives from a product's title and SKU. */
public final class ProductNames {
    private ProductNames() {
    }

    /**
     * The product line: the SKU's first dash-separated part, upper case, when it is 2 to 12
     * letters or digits (IPH-15P-CLR is IPH); else null.
     */
    public static String productLine(String sku) {
        if (sku == null) {
            return null;
        }
        int dash = sku.indexOf('-');
        String head = (dash < 0 ? sku : sku.substring(0, dash)).trim().toUpperCase();
        if (head.length() < 2 || head.length() > 12) {
            return null;
        }
        for (int i = 0; i < head.length(); i++) {
            char ch = head.charAt(i);
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) {
                return null;
            }
        }
        return dash < 0 ? null : head;
    }

    /** Lower case, every run of characters other than letters and digits one space, trimmed. */
    public static String normalize(String title) {
        StringBuilder out = new StringBuilder(title.length());
        boolean space = false;
        for (int i = 0; i < title.length(); i++) {
            char ch = Character.toLowerCase(title.charAt(i));
            if (Character.isLetterOrDigit(ch)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(ch);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
