package org.balise.web.backoffice.studio.editor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Language tags as authors read them: "fr — French". */
public final class LanguageNames {

    /** Languages offered first, as tag to English name; any BCP 47 tag may be typed too. */
    public static final Map<String, String> COMMON;

    static {
        Map<String, String> common = new LinkedHashMap<>();
        for (String tag : new String[] {"fr", "en", "de", "es", "it", "nl", "pt", "ar", "tr", "uk"}) {
            common.put(tag, Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH));
        }
        COMMON = Collections.unmodifiableMap(common);
    }

    private LanguageNames() {
    }

    /** {@code "fr"} reads {@code "fr — French"}. */
    public static String label(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isEmpty() || name.equals(tag) ? tag : tag + " — " + name;
    }
}
