package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.node.ArrayNode;

/** The circuit as a whole: id and version, titles, languages, modes, credits, cover and progression. */
public final class CircuitSettingsForm extends VerticalLayout {

    private static final Pointer ROOT = Pointer.root();
    private static final List<String> LICENCES = List.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0",
            "CC-BY-NC-SA-4.0", "CC0-1.0");

    public CircuitSettingsForm(EditorContext context, List<String> mediaIds, List<String> stationIds) {
        Fields fields = context.fields();
        DraftDocument draft = context.draft();
        setPadding(false);
        setId("circuit-settings");

        TextField id = fields.text(ROOT.at("id"), "Id");
        id.setHelperText("Lowercase letters, digits and hyphens, e.g. fontaine-des-metiers. Never shown to players.");
        TextField version = fields.text(ROOT.at("version"), "Version");
        version.setHelperText("Three numbers: raise the last for corrections, the middle one for new content.");

        MultiSelectComboBox<String> languages = languages(context);
        var defaultLanguage = fields.choice(ROOT.at("defaultLanguage"), "Default language",
                labelled(draft.languages()), false);
        defaultLanguage.setHelperText("Shown when a text is missing in a team's language.");
        var modes = fields.ids(ROOT.at("modes"), "Modes", List.of("on-site", "virtual"));
        modes.setItemLabelGenerator(mode -> mode.equals("on-site") ? "On site, with phones' GPS" : "Virtual, from a map");
        modes.setHelperText("Each mode needs its content at every station (on-site text, virtual text).");

        var title = fields.localized(ROOT.at("title"), "Title", false);
        var summary = fields.localized(ROOT.at("summary"), "Summary", true);

        TextField authors = new TextField("Authors");
        authors.setHelperText("Separated by commas.");
        authors.setValue(String.join(", ", strings(draft, ROOT.at("credits").at("authors"))));
        authors.addValueChangeListener(change -> {
            ArrayNode list = DraftJson.mapper().createArrayNode();
            for (String author : change.getValue().split(",")) {
                if (!author.isBlank()) {
                    list.add(author.strip());
                }
            }
            if (list.isEmpty()) {
                draft.remove(ROOT.at("credits").at("authors"));
            } else {
                draft.set(ROOT.at("credits").at("authors"), list);
            }
        });
        fields.bound(ROOT.at("credits").at("authors"), authors);
        ComboBox<String> licence = new ComboBox<>("Licence");
        List<String> licences = new ArrayList<>(LICENCES);
        String currentLicence = draft.text(ROOT.at("credits").at("licence"));
        if (!currentLicence.isEmpty() && !licences.contains(currentLicence)) {
            licences.add(currentLicence);
        }
        licence.setItems(licences);
        licence.setAllowCustomValue(true);
        licence.setValue(currentLicence.isEmpty() ? null : currentLicence);
        licence.setHelperText("An SPDX identifier: under which terms others may reuse the content.");
        licence.addCustomValueSetListener(typed -> licence.setValue(typed.getDetail()));
        licence.addValueChangeListener(change -> draft.setText(ROOT.at("credits").at("licence"),
                change.getValue() == null ? "" : change.getValue()));
        fields.bound(ROOT.at("credits").at("licence"), licence);
        var notice = fields.localized(ROOT.at("credits").at("notice"), "Credits notice", true);

        var cover = fields.choice(ROOT.at("cover"), "Cover image", labelled(mediaIds), true);
        cover.setHelperText("One of the circuit's images (add them under Images).");

        var progression = fields.choice(ROOT.at("progression").at("type"), "Order of the stations", progressions(),
                false);
        progression.addValueChangeListener(change -> {
            String type = change.getValue();
            if ("rotation".equals(type) && draft.get(ROOT.at("progression").at("loop")).isMissingNode()) {
                ArrayNode loop = DraftJson.mapper().createArrayNode();
                stationIds.forEach(loop::add);
                draft.set(ROOT.at("progression").at("loop"), loop);
            }
            if (!"rotation".equals(type)) {
                draft.remove(ROOT.at("progression").at("loop"));
            }
            context.redraw();
        });
        add(new H3("Circuit"), id, version, title, summary, languages, defaultLanguage, modes,
                new H3("Credits"), authors, licence, notice, cover, new H3("Progression"), progression);
        if ("rotation".equals(draft.text(ROOT.at("progression").at("type")))) {
            var loop = fields.ids(ROOT.at("progression").at("loop"), "Loop", stationIds);
            loop.setHelperText("The stations of the loop, in walking order (the order chosen); each team "
                    + "starts at a different one.");
            add(loop);
        }
        if ("routes".equals(draft.text(ROOT.at("progression").at("type")))) {
            add(new RoutesForm(context, stationIds));
        }
    }

    private MultiSelectComboBox<String> languages(EditorContext context) {
        DraftDocument draft = context.draft();
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>("Languages");
        Set<String> offered = new LinkedHashSet<>(draft.languages());
        offered.addAll(LanguageNames.COMMON.keySet());
        languages.setItems(offered);
        languages.setItemLabelGenerator(LanguageNames::label);
        languages.setValue(new LinkedHashSet<>(draft.languages()));
        languages.setAllowCustomValue(true);
        languages.setHelperText("Every text is written in each of them; type a tag such as pt-BR for another.");
        languages.addCustomValueSetListener(typed -> {
            String tag = typed.getDetail().strip();
            offered.add(tag);
            languages.setItems(offered);
            Set<String> chosen = new LinkedHashSet<>(languages.getValue());
            chosen.add(tag);
            languages.setValue(chosen);
        });
        languages.addValueChangeListener(change -> {
            ArrayNode list = DraftJson.mapper().createArrayNode();
            draft.languages().stream().filter(change.getValue()::contains).forEach(list::add);
            change.getValue().stream().filter(tag -> !draft.languages().contains(tag)).forEach(list::add);
            if (list.isEmpty()) {
                draft.remove(ROOT.at("languages"));
            } else {
                draft.set(ROOT.at("languages"), list);
            }
            context.redraw();
        });
        return context.fields().bound(ROOT.at("languages"), languages);
    }

    private static Map<String, String> progressions() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("linear", "Linear: in the order of the stations");
        types.put("free", "Free: in any order");
        types.put("graph", "Unlock rules: each station says which ones open it");
        types.put("rotation", "Rotation: a loop, each team starting at a different station");
        types.put("routes", "Routes: each team follows its own route");
        return types;
    }

    private static Map<String, String> labelled(List<String> values) {
        Map<String, String> labels = new LinkedHashMap<>();
        values.forEach(value -> labels.put(value, value));
        return labels;
    }

    private static List<String> strings(DraftDocument draft, Pointer pointer) {
        List<String> values = new ArrayList<>();
        draft.get(pointer).forEach(value -> values.add(value.asString()));
        return values;
    }
}
