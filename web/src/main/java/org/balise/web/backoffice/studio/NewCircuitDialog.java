package org.balise.web.backoffice.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.balise.web.backoffice.studio.editor.LanguageNames;
import org.balise.web.drafts.DraftRefusedException;
import org.balise.web.drafts.NewCircuit;

/** Asks what an author knows before writing a circuit: its title, its languages, how it is played. */
final class NewCircuitDialog extends Dialog {

    NewCircuitDialog(Consumer<NewCircuit> create) {
        setHeaderTitle("New circuit");
        TextField title = new TextField("Title");
        title.setId("new-circuit-title");
        title.setRequired(true);
        title.setWidthFull();
        title.setHelperText("In the first language; you can change it later.");

        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>("Languages");
        languages.setId("new-circuit-languages");
        Set<String> offered = new LinkedHashSet<>(LanguageNames.COMMON.keySet());
        languages.setItems(offered);
        languages.setItemLabelGenerator(tag -> LanguageNames.label(tag));
        languages.setAllowCustomValue(true);
        languages.addCustomValueSetListener(typed -> {
            String tag = typed.getDetail().strip();
            if (tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                offered.add(tag);
                languages.setItems(offered);
                Set<String> chosen = new LinkedHashSet<>(languages.getValue());
                chosen.add(tag);
                languages.setValue(chosen);
            }
        });
        languages.setValue(Set.of("fr"));
        languages.setHelperText("The first one chosen is the default language.");
        languages.setWidthFull();

        CheckboxGroup<String> modes = new CheckboxGroup<>("How it is played");
        modes.setId("new-circuit-modes");
        modes.setItems("on-site", "virtual");
        modes.setItemLabelGenerator(mode -> mode.equals("on-site") ? "On site, with phones' GPS" : "Virtual, from a map");
        modes.setValue(Set.of("on-site"));

        Button createButton = new Button("Create", click -> {
            try {
                List<String> chosenLanguages = offered.stream().filter(languages.getValue()::contains).toList();
                List<String> chosenModes = List.of("on-site", "virtual").stream().filter(modes.getValue()::contains).toList();
                create.accept(new NewCircuit(title.getValue(), chosenLanguages, chosenModes));
                close();
            } catch (DraftRefusedException refused) {
                Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        createButton.setId("new-circuit-create");
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        VerticalLayout body = new VerticalLayout(title, languages, modes);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, createButton);
        setWidth("min(32rem, 95vw)");
    }
}
