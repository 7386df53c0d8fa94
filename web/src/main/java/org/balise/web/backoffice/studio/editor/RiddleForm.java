package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A riddle: its kind, its question and images, then what its kind asks for (accepted answers, a number, options,
 * items to order, a code, what a photo must show). Changing the kind keeps the question and the images and
 * starts the rest afresh.
 */
public final class RiddleForm extends VerticalLayout {

    private final EditorContext context;
    private final Pointer riddle;

    public RiddleForm(EditorContext context, Pointer riddle, List<String> mediaIds) {
        this.context = context;
        this.riddle = riddle;
        Fields fields = context.fields();
        setPadding(false);
        setId(DomIds.of(riddle));

        Optional<RiddleKind> current = RiddleKind.of(context.draft().text(riddle.at("type")));
        Select<RiddleKind> kind = new Select<>();
        kind.setLabel("Kind of riddle");
        kind.setItems(RiddleKind.values());
        kind.setItemLabelGenerator(RiddleKind::label);
        current.ifPresent(kind::setValue);
        kind.setHelperText("Changing it keeps the question and the images (and the options, between one and "
                + "several choices); the rest starts afresh.");
        kind.setId(DomIds.of(riddle, "kind"));
        kind.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                return;
            }
            if (change.isFromClient() && losesAnswer(change.getOldValue(), change.getValue())) {
                confirmSwitch(kind, change.getOldValue(), change.getValue());
            } else {
                switchTo(change.getValue());
            }
        });
        fields.bound(riddle.at("type"), kind);
        var question = fields.localized(riddle.at("question"), "Question", true);
        var media = fields.ids(riddle.at("media"), "Images shown with the question", mediaIds);
        add(kind, question, media);
        current.ifPresent(known -> add(answerOf(known)));
    }

    private Component answerOf(RiddleKind kind) {
        Fields fields = context.fields();
        Pointer answer = riddle.at("answer");
        return switch (kind) {
            case TEXT -> new TextAnswerForm(fields, riddle);
            case NUMBER -> new NumberAnswerForm(fields, riddle);
            case SINGLE_CHOICE -> new ChoiceOptionsForm(context, riddle, false);
            case MULTIPLE_CHOICE -> new ChoiceOptionsForm(context, riddle, true);
            case ORDERING -> new OrderingItemsForm(context, riddle);
            case CODE -> {
                var digits = fields.text(answer.at("digits"), "Code");
                digits.setAllowedCharPattern("[0-9]");
                digits.setMaxLength(12);
                digits.setHelperText("Digits only, up to 12, like on a padlock; leading zeros count (0427).");
                yield digits;
            }
            case LOCATION_ONLY -> note("Nothing to answer: being at the station solves it. The question says "
                    + "what to look at or do there.");
            case PHOTO -> new FieldColumn(note("The team sends a photo, and the teacher accepts or refuses it."),
                    fields.localized(answer.at("guidance"), "What the teacher should see in the photo", true));
        };
    }

    /** Whether an author choosing {@code next} would lose an answer already written (choices keep theirs). */
    private boolean losesAnswer(@Nullable RiddleKind previous, RiddleKind next) {
        JsonNode written = context.draft().get(riddle);
        boolean hasAnswer = written.has("answer") || written.has("options") || written.has("items");
        boolean betweenChoices = previous != null && previous.name().endsWith("_CHOICE") && next.name().endsWith("_CHOICE");
        return hasAnswer && !betweenChoices;
    }

    private void confirmSwitch(Select<RiddleKind> kind, @Nullable RiddleKind previous, RiddleKind next) {
        ConfirmDialog confirm = new ConfirmDialog("Change the kind of riddle?", "The question and its images stay; "
                + "the answer written for \"" + (previous == null ? "" : previous.label()) + "\" is removed.",
                "Change to \"" + next.label() + "\"", yes -> switchTo(next));
        confirm.setCancelable(true);
        confirm.addCancelListener(no -> kind.setValue(previous));
        confirm.open();
    }

    /** Keeps the question and images, drops what belonged to the old kind, and starts the new one's parts. */
    private void switchTo(RiddleKind kind) {
        DraftDocument draft = context.draft();
        if (kind.json().equals(draft.text(riddle.at("type")))) {
            return;
        }
        JsonNode before = draft.get(riddle);
        ObjectNode after = DraftJson.mapper().createObjectNode().put("type", kind.json());
        for (String kept : List.of("question", "media")) {
            if (before.has(kept)) {
                after.set(kept, before.get(kept));
            }
        }
        kind.writeParts(before, after);
        draft.set(riddle, after);
        context.redraw();
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        return note;
    }
}
