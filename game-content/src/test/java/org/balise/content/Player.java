package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balise.engine.circuit.model.Hint;
import org.balise.engine.circuit.model.Proof;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.Zone;
import org.balise.engine.play.RiddleKeys;
import org.balise.engine.play.team.ApprovePhoto;
import org.balise.engine.play.team.EnterOnSiteCode;
import org.balise.engine.play.team.GivenAnswer;
import org.balise.engine.play.team.OpenStation;
import org.balise.engine.play.team.ReportFixes;
import org.balise.engine.play.team.ScanQrCode;
import org.balise.engine.play.team.SubmitAnswer;
import org.balise.engine.play.team.SubmitPhoto;
import org.balise.engine.play.team.TakeHint;
import org.balise.engine.play.team.TapMap;
import org.balise.engine.play.view.OptionView;
import org.balise.engine.play.view.RiddleView;

/**
 * A team that knows the answers and plays them the way its players would: it reaches stations by walking (GPS),
 * by scanning or typing the codes posted indoors, or by tapping the map; it reads each riddle on its phone's view
 * and ticks or orders the options whose text, in its own language, is the right one; it types what it was told
 * to type, or the first accepted answer.
 */
final class Player {

    /** A phone sends its positions in batches of this many fixes. */
    private static final int BATCH = 10;
    /** How long a team lingers at a station it reached on foot. */
    private static final Duration LINGER = Duration.ofSeconds(20);
    private static final String TEACHER = "teacher";

    private final PlayedSession game;
    private final String teamId;
    private final Map<String, String> typed;

    /**
     * @param typed what the team types for some riddles (keyed by station id or {@code #final}), e.g. in English
     */
    Player(PlayedSession game, String teamId, Map<String, String> typed) {
        this.game = game;
        this.teamId = teamId;
        this.typed = typed;
    }

    /**
     * Walks to the station's centre and lingers there, reporting positions in batches until the team has arrived
     * (the rest of the walk is not sent: the team's last arrival may end its game).
     */
    void walkTo(Station station, Walk walk) {
        walk.resumeAt(game.now());
        List<Fix> fixes = new ArrayList<>(walk.to(((Zone.Circle) station.zone()).centre()));
        fixes.addAll(walk.stay(LINGER));
        for (int from = 0; from < fixes.size() && !game.state(teamId).arrivedAt(station.id()); from += BATCH) {
            List<Fix> batch = fixes.subList(from, Math.min(fixes.size(), from + BATCH));
            game.at(batch.getLast().time().plusSeconds(1)).play(teamId, new ReportFixes(game.id(), batch));
        }
        assertThat(game.state(teamId).arrivedAt(station.id())).as("%s reached %s by GPS", teamId, station.id()).isTrue();
    }

    /** Indoors: scans the station's QR code, or types its on-site code. */
    void proveIndoors(Station station) {
        game.after(Duration.ofMinutes(2));
        switch (station.fallbackProofs().getFirst()) {
            case Proof.QrCode qr -> game.play(teamId, new ScanQrCode(game.id(), qr.value()));
            case Proof.OnSiteCode code -> game.play(teamId, new EnterOnSiteCode(game.id(), station.id(), code.code()));
            case Proof.TeacherUnlock ignored -> throw new IllegalStateException(station.id() + " has no code to scan or type");
        }
        assertThat(game.state(teamId).arrivedAt(station.id())).as("%s reached %s indoors", teamId, station.id()).isTrue();
    }

    /** On the map: taps the station's place when it must be found, or opens it from the list. */
    void findOnTheMap(Station station) {
        game.after(Duration.ofMinutes(2));
        if (station.virtual().findOnMap()) {
            game.play(teamId, new TapMap(game.id(), ((Zone.Circle) station.zone()).centre(), 15));
        } else {
            game.play(teamId, new OpenStation(game.id(), station.id()));
        }
        assertThat(game.state(teamId).arrivedAt(station.id())).as("%s found %s", teamId, station.id()).isTrue();
    }

    /** Waits for the station's first hint and takes it. */
    void takeFirstHint(Station station) {
        Hint hint = station.hints().getFirst();
        game.after(hint.availableAfter()).play(teamId, new TakeHint(game.id(), station.id(), hint.id()));
    }

    /** Solves the station's riddle in the session's mode: answers it, or sends a photo the teacher approves. */
    void solve(Station station) {
        game.after(Duration.ofMinutes(1));
        answer(station.id(), station.riddleIn(game.context(teamId).mode()));
        assertThat(game.state(teamId).solved(station.id())).as("%s solved %s", teamId, station.id()).isTrue();
    }

    /** Answers the final riddle, which must be open. */
    void solveFinal() {
        game.after(Duration.ofMinutes(2));
        answer(RiddleKeys.FINAL, game.context(teamId).model().finalRiddle().riddle());
        assertThat(game.state(teamId).finalRiddle().solved()).as("%s solved the final riddle", teamId).isTrue();
    }

    private void answer(String key, Riddle riddle) {
        switch (riddle) {
            case LocationRiddle ignored -> assertThat(game.state(teamId).solved(key)).as("being there solves " + key).isTrue();
            case PhotoRiddle ignored -> {
                String photo = teamId + "-" + key + "-photo";
                game.play(teamId, new SubmitPhoto(game.id(), key, photo));
                game.after(Duration.ofMinutes(1)).play(teamId, new ApprovePhoto(game.id(), key, photo, TEACHER));
            }
            default -> game.play(teamId, new SubmitAnswer(game.id(), key, given(key, riddle, view(key))));
        }
    }

    private RiddleView view(String key) {
        RiddleView riddle = RiddleKeys.isFinal(key) ? game.view(teamId).finalRiddle().riddle()
                : game.view(teamId).stations().stream().filter(s -> s.id().equals(key)).findFirst().orElseThrow().riddle();
        assertThat(riddle).as("%s sees the riddle %s", teamId, key).isNotNull();
        return riddle;
    }

    private GivenAnswer given(String key, Riddle riddle, RiddleView shown) {
        return switch (riddle) {
            case TextRiddle text -> new GivenAnswer.Typed(typed.getOrDefault(key, text.answer().accepted().getFirst()));
            case NumberRiddle number -> new GivenAnswer.Typed(typed.getOrDefault(key,
                    new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number.answer().value())));
            case CodeRiddle code -> new GivenAnswer.Typed(code.answer().digits());
            case SingleChoiceRiddle choice -> new GivenAnswer.Chosen(keys(shown, choice.options(), List.of(choice.answer().correct())));
            case MultipleChoiceRiddle choice -> new GivenAnswer.Chosen(keys(shown, choice.options(), choice.answer().correct()));
            case OrderingRiddle ordering -> new GivenAnswer.Ordered(keys(shown, ordering.items(), ordering.answer().order()));
            default -> throw new IllegalArgumentException("nothing to type or choose for " + key);
        };
    }

    /** The keys of the options shown whose text, in the team's language, is that of the options with these ids. */
    private List<String> keys(RiddleView shown, List<Option> options, List<String> ids) {
        String language = game.view(teamId).language();
        return ids.stream().map(id -> {
            String text = options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text().in(language).orElseThrow();
            return shown.options().stream().filter(o -> o.text().equals(text)).map(OptionView::key).findFirst()
                    .orElseThrow(() -> new AssertionError(teamId + " does not see the option \"" + text + "\""));
        }).toList();
    }
}
