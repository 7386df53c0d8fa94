package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Writes a message to send: to one team, to every team, or a recall to the meeting point. */
final class MessageDialog extends Dialog {

    static final int MAX_LENGTH = 280;

    final TextArea text = new TextArea("Message");
    final Button send = new Button("Send");

    MessageDialog(String heading, String suggestion, Consumer<String> sending) {
        setHeaderTitle(heading);
        text.setValue(suggestion);
        text.setMaxLength(MAX_LENGTH);
        text.setWidth("28em");
        text.setHelperText("Pupils read it on their phones as you write it.");
        text.setId("message-text");
        add(text);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("message-send");
        send.addClickListener(click -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage("Write something first.");
                return;
            }
            sending.accept(text.getValue().strip());
            close();
        });
        getFooter().add(new Button("Cancel", click -> close()), send);
    }
}
