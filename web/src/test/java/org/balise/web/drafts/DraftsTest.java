package org.balise.web.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.CircuitMedia;
import org.balise.web.circuits.PublishedCircuit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Drafts against the real (embedded) store, through the shared context's services. */
@ExtendWith(RunningBaliseExtension.class)
class DraftsTest {

    private final Drafts drafts;
    private final CircuitCatalogue catalogue;
    private final CircuitMedia media;

    DraftsTest(RunningBalise balise) {
        drafts = balise.shared().getBean(Drafts.class);
        catalogue = balise.shared().getBean(CircuitCatalogue.class);
        media = balise.shared().getBean(CircuitMedia.class);
    }

    private static Author someone() {
        return new Author("author-" + UUID.randomUUID().toString().substring(0, 8), false);
    }

    @Test
    void aNewCircuitHasItsTitleLanguagesModesAndAnIdMadeOfItsTitle() {
        Author lea = someone();
        Draft draft = drafts.create(new NewCircuit("Énergies du quartier", List.of("fr", "en"), List.of("virtual")), lea)
                .block();

        JsonNode json = DraftJson.parse(draft.json());
        assertThat(draft.owner()).isEqualTo(lea.username());
        assertThat(json.path("id").asString()).startsWith("energies-du-quartier");
        assertThat(json.path("title").path("fr").asString()).isEqualTo("Énergies du quartier");
        assertThat(json.path("languages")).hasSize(2);
        assertThat(json.path("defaultLanguage").asString()).isEqualTo("fr");
        assertThat(json.path("modes").get(0).asString()).isEqualTo("virtual");
        assertThat(json.path("credits").path("authors").get(0).asString()).isEqualTo(lea.username());
    }

    @Test
    void twoNewCircuitsWithOneTitleGetTwoIds() {
        Author lea = someone();
        NewCircuit same = new NewCircuit("Twice the same title", List.of("en"), List.of("on-site"));
        Draft first = drafts.create(same, lea).block();
        Draft second = drafts.create(same, lea).block();

        assertThat(second.circuitId()).isNotEqualTo(first.circuitId()).startsWith(first.circuitId());
    }

    @Test
    void anImportedFileIsKeptAsItIsEvenWithProblems() {
        String json = "{\"id\": \"broken\", \"stations\": 3}";
        Draft draft = drafts.importJson(json, someone()).block();

        assertThat(DraftJson.parse(draft.json())).isEqualTo(DraftJson.parse(json));
        assertThat(draft.circuitId()).isEqualTo("broken");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithWhere() {
        assertThatThrownBy(() -> drafts.importJson("{\n  \"id\": \"x\",\n  oops\n}", someone()).block())
                .isInstanceOf(DraftRefusedException.class)
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> drafts.importJson("[1, 2]", someone()).block())
                .isInstanceOf(DraftRefusedException.class)
                .hasMessageContaining("not a circuit");
    }

    @Test
    void anAuthorSeesAndTouchesOnlyTheirDraftsAndAnAdministratorAll() {
        Author lea = someone();
        Author max = someone();
        Draft leas = drafts.importJson("{\"id\": \"leas\"}", lea).block();

        assertThat(drafts.find(leas.id(), max).block()).isNull();
        assertThat(drafts.visibleTo(max).map(Draft::id).collectList().block()).doesNotContain(leas.id());
        assertThat(drafts.find(leas.id(), new Author("boss", true)).block()).isNotNull();
        assertThatThrownBy(() -> drafts.save(leas, "{\"id\": \"mine-now\"}", max).block())
                .isInstanceOf(DraftRefusedException.class);
        assertThatThrownBy(() -> drafts.delete(leas, max).block()).isInstanceOf(DraftRefusedException.class);
        assertThat(drafts.find(leas.id(), lea).block().circuitId()).isEqualTo("leas");
    }

    @Test
    void aSaveFromAStaleWindowOverwritesNothing() {
        Author lea = someone();
        Draft opened = drafts.importJson("{\"id\": \"two-windows\"}", lea).block();
        drafts.save(opened, "{\"id\": \"first-window\"}", lea).block();

        assertThatThrownBy(() -> drafts.save(opened, "{\"id\": \"second-window\"}", lea).block())
                .isInstanceOf(DraftRefusedException.class)
                .hasMessageContaining("another window");
        assertThat(drafts.find(opened.id(), lea).block().circuitId()).isEqualTo("first-window");
    }

    @Test
    void aDuplicateGetsAFreeIdAndStartsAtVersionOne() {
        Author lea = someone();
        Draft original = drafts.importJson("{\"id\": \"original\", \"version\": \"2.3.4\"}", lea).block();

        Draft copy = drafts.duplicate(original, lea).block();

        assertThat(copy.circuitId()).startsWith("original-copy");
        assertThat(copy.version()).isEqualTo("1.0.0");
        assertThat(copy.id()).isNotEqualTo(original.id());
    }

    @Test
    void anotherAuthorsPublishedCircuitIsCopiedUnderANewIdNotContinued() {
        PublishedCircuit sample = catalogue.find("sample", "1.0.0").block();

        Draft copy = drafts.fromPublished(sample, someone()).block();

        assertThat(copy.circuitId()).startsWith("sample-copy");
        assertThat(copy.version()).isEqualTo("1.0.0");
    }

    @Test
    void aDraftFromAShippedVersionIsItsNextVersionWithItsImagesInTheStore() {
        PublishedCircuit sample = catalogue.find("sample", "1.0.0").block();

        Draft next = drafts.fromPublished(sample, new Author("boss-" + UUID.randomUUID(), true)).block();

        JsonNode json = DraftJson.parse(next.json());
        assertThat(next.circuitId()).isEqualTo("sample");
        assertThat(next.version()).isEqualTo("1.0.1");
        String path = json.path("media").get(0).path("path").asString();
        assertThat(path).matches("media/cover-[0-9a-f]{12}\\.svg");
        assertThat(media.exists("another-circuit", path).block()).isTrue();
    }
}
