package io.tradewind.region;

/**
 * An administrative division of China. The level follows from the code's length: 2 digits a
 * province (省级), 4 a prefecture (地级), 6 a county-level unit (县级: districts, counties and
 * county-level cities), 9 a town (乡镇/街道). The parent is the code's prefix.
 */
public record Region(String code, String name, String level, String parentCode) {

    public static String levelOf(String code) {
        return switch (code.length()) {
            case 2 -> "province";
            case 4 -> "prefecture";
            case 6 -> "county";
            default -> "town";
        };
    }

    public static String parentOf(String code) {
        return switch (code.length()) {
            case 2 -> null;
            case 4 -> code.substring(0, 2);
            case 6 -> code.substring(0, 4);
            default -> code.substring(0, 6);
        };
    }
}
