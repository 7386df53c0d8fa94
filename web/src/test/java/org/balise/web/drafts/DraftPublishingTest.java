package org.balise.web.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.balise.engine.circuit.validate.Problem;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.CircuitRejectedException;
import org.balise.web.circuits.PublishedCircuit;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.node.ObjectNode;

/** Checking, publishing and previewing drafts, against the real (embedded) store. */
@ExtendWith(RunningBaliseExtension.class)
class DraftPublishingTest {

    private final Drafts drafts;
    private final DraftChecks checks;
    private final DraftPublishing publishing;
    private final DraftPreviews previews;
    private final CircuitCatalogue catalogue;
    private final GameSessions games;

    DraftPublishingTest(RunningBalise balise) {
        drafts = balise.shared().getBean(Drafts.class);
        checks = balise.shared().getBean(DraftChecks.class);
        publishing = balise.shared().getBean(DraftPublishing.class);
        previews = balise.shared().getBean(DraftPreviews.class);
        catalogue = balise.shared().getBean(CircuitCatalogue.class);
        games = balise.shared().getBean(GameSessions.class);
    }

    private static Author someone() {
        return new Author("author-" + UUID.randomUUID().toString().substring(0, 8), false);
    }

    /** The shipped sample as a new draft of this author's, under a fresh id: valid, images in the store. */
    private Draft validDraft(Author author) {
        Draft fromSample = drafts.fromPublished(catalogue.find("sample", "1.0.0").block(), author).block();
        ObjectNode json = DraftJson.parse(fromSample.json());
        json.put("id", "studio-" + UUID.randomUUID().toString().substring(0, 8));
        json.put("version", "1.0.0");
        return drafts.save(fromSample, DraftJson.write(json), author).block();
    }

    @Test
    void aValidDraftIsPublishedAsAStudioVersionOfItsAuthor() {
        Author lea = someone();
        Draft draft = validDraft(lea);

        PublishedCircuit published = publishing.publish(draft, lea).block();

        assertThat(published.circuitId()).isEqualTo(draft.circuitId());
        assertThat(published.source()).isEqualTo(PublishedCircuit.Source.STUDIO);
        assertThat(published.publishedBy()).isEqualTo(lea.username());
        assertThat(catalogue.playable().map(PublishedCircuit::id).collectList().block()).contains(published.id());
        assertThat(checks.check(draft.json(), lea).block().published()).isTrue();
    }

    @Test
    void publishingTheSameDraftTwiceAnswersTheSameVersion() {
        Author lea = someone();
        Draft draft = validDraft(lea);

        PublishedCircuit first = publishing.publish(draft, lea).block();
        PublishedCircuit again = publishing.publish(draft, lea).block();

        assertThat(again.id()).isEqualTo(first.id());
        // The store keeps milliseconds.
        assertThat(again.publishedAt()).isEqualTo(first.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void aDraftWithAnErrorIsRefusedWithItsProblemsAndNothingIsPublished() {
        Author lea = someone();
        Draft draft = validDraft(lea);
        ObjectNode json = DraftJson.parse(draft.json());
        ((ObjectNode) json.path("stations").get(0)).remove("points");
        Draft broken = drafts.save(draft, DraftJson.write(json), lea).block();

        assertThatThrownBy(() -> publishing.publish(broken, lea).block())
                .isInstanceOfSatisfying(CircuitRejectedException.class, rejected ->
                        assertThat(rejected.problems()).extracting(Problem::pointer)
                                .anyMatch(pointer -> pointer.startsWith("/stations/0")));
        assertThat(catalogue.find(broken.circuitId(), "1.0.0").block()).isNull();
    }

    @Test
    void aPublishedVersionNeverChangesTheAuthorIsToldToRaiseIt() {
        Author lea = someone();
        Draft draft = validDraft(lea);
        publishing.publish(draft, lea).block();
        ObjectNode json = DraftJson.parse(draft.json());
        json.put("defaultLanguage", "en");
        Draft changed = drafts.save(drafts.find(draft.id(), lea).block(), DraftJson.write(json), lea).block();

        DraftCheck check = checks.check(changed.json(), lea).block();

        assertThat(check.errors()).extracting(Problem::pointer).containsExactly("/version");
        assertThat(check.errors().getFirst().message()).contains("1.0.1");
        assertThatThrownBy(() -> publishing.publish(changed, lea).block()).isInstanceOf(CircuitRejectedException.class);
    }

    @Test
    void anotherAuthorsCircuitIdCannotBeTaken() {
        Author lea = someone();
        Draft leas = validDraft(lea);
        publishing.publish(leas, lea).block();
        Author max = someone();
        Draft maxs = drafts.importJson(DraftJson.write(DraftJson.parse(leas.json()).put("version", "2.0.0")), max).block();

        DraftCheck check = checks.check(maxs.json(), max).block();

        assertThat(check.errors()).extracting(Problem::pointer).contains("/id");
        assertThat(checks.check(maxs.json(), new Author("boss", true)).block().errors()).isEmpty();
    }

    @Test
    void aMissingImageIsAnErrorOnItsPath() {
        Author lea = someone();
        Draft draft = validDraft(lea);
        ObjectNode json = DraftJson.parse(draft.json());
        ((ObjectNode) json.path("media").get(0)).put("path", "media/never-uploaded.png");

        DraftCheck check = checks.check(DraftJson.write(json), lea).block();

        assertThat(check.errors()).extracting(Problem::pointer).containsExactly("/media/0/path");
    }

    @Test
    void aPreviewIsAStartedVirtualSessionThatNoClassListShows() {
        Author lea = someone();
        Draft draft = validDraft(lea);

        SessionDocument first = previews.start(draft, lea).block();
        ObjectNode edited = DraftJson.parse(draft.json());
        ((ObjectNode) edited.path("summary")).put("en", "Edited between two previews.");
        Draft changed = drafts.save(draft, DraftJson.write(edited), lea).block();
        SessionDocument second = previews.start(changed, lea).block();

        assertThat(DraftPreviews.isPreview(second)).isTrue();
        assertThat(second.circuitId()).startsWith(draft.circuitId() + "-preview-").isNotEqualTo(first.circuitId());
        assertThat(games.session(first.id()).block()).as("the previous preview is deleted").isNull();
        assertThat(games.state(second).block().requireSetup().mode().jsonName()).isEqualTo("virtual");
        assertThat(catalogue.playable().map(PublishedCircuit::circuitId).collectList().block())
                .doesNotContain(second.circuitId());
        assertThat(games.sessionsOf(lea.username()).collectList().block()).isEmpty();
        assertThat(catalogue.all().filter(version -> version.source() == PublishedCircuit.Source.PREVIEW
                        && lea.username().equals(version.publishedBy())).map(PublishedCircuit::circuitId)
                .collectList().block())
                .as("the previous preview is discarded").containsExactly(second.circuitId())
                .doesNotContain(first.circuitId());
    }
}
