package org.balise.web.api;

import java.util.ArrayList;
import java.util.List;
import org.balise.engine.geo.LatLon;
import org.balise.engine.play.team.AcknowledgeMessage;
import org.balise.engine.play.team.EnterOnSiteCode;
import org.balise.engine.play.team.GivenAnswer;
import org.balise.engine.play.team.OpenStation;
import org.balise.engine.play.team.ScanQrCode;
import org.balise.engine.play.team.SubmitAnswer;
import org.balise.engine.play.team.SubmitPhoto;
import org.balise.engine.play.team.TakeHint;
import org.balise.engine.play.team.TapMap;
import org.balise.engine.play.team.TeamCommand;
import tools.jackson.databind.JsonNode;

/**
 * Reads the commands a team's phones may send ({@code POST /api/teams/{id}/commands}). Teacher commands
 * (unlock, award, review photos) are not among them: they come from the back-office only.
 */
final class CommandRequests {

    static final int MAX_CHOICES = 50;

    private CommandRequests() {
    }

    static TeamCommand parse(JsonNode body) {
        String commandId = Requests.id(text(body, "commandId"), "commandId");
        String type = Requests.id(text(body, "type"), "type");
        return switch (type) {
            case "tap-map" -> new TapMap(commandId, position(body), number(body, "accuracy"));
            case "open-station" -> new OpenStation(commandId, Requests.id(text(body, "stationId"), "stationId"));
            case "scan-qr-code" -> new ScanQrCode(commandId, Requests.text(text(body, "value"), "value"));
            case "enter-on-site-code" -> new EnterOnSiteCode(commandId,
                    Requests.id(text(body, "stationId"), "stationId"), Requests.text(text(body, "code"), "code"));
            case "submit-answer" -> new SubmitAnswer(commandId, Requests.id(text(body, "riddle"), "riddle"),
                    answer(body.get("answer")));
            case "take-hint" -> new TakeHint(commandId, Requests.id(text(body, "riddle"), "riddle"),
                    Requests.id(text(body, "hintId"), "hintId"));
            case "acknowledge-message" -> new AcknowledgeMessage(commandId,
                    Requests.id(text(body, "messageId"), "messageId"));
            case "submit-photo" -> new SubmitPhoto(commandId, Requests.id(text(body, "riddle"), "riddle"),
                    Requests.id(text(body, "photoId"), "photoId"));
            default -> throw new ApiProblemException(ProblemType.INVALID_REQUEST, "Unknown command type " + type
                    + ": use tap-map, open-station, scan-qr-code, enter-on-site-code, submit-answer, take-hint,"
                    + " acknowledge-message or submit-photo.");
        };
    }

    private static GivenAnswer answer(JsonNode answer) {
        Requests.require(answer != null && answer.isObject(), "answer is needed: {text}, {chosen: [...]} or {ordered: [...]}.");
        if (answer.has("text")) {
            return new GivenAnswer.Typed(Requests.text(text(answer, "text"), "answer.text"));
        }
        if (answer.has("chosen")) {
            return new GivenAnswer.Chosen(keys(answer.get("chosen"), "answer.chosen"));
        }
        if (answer.has("ordered")) {
            return new GivenAnswer.Ordered(keys(answer.get("ordered"), "answer.ordered"));
        }
        throw new ApiProblemException(ProblemType.INVALID_REQUEST,
                "answer is one of {text}, {chosen: [...]} or {ordered: [...]}.");
    }

    private static List<String> keys(JsonNode array, String name) {
        Requests.require(array.isArray(), name + " is a list of option keys.");
        Requests.require(array.size() <= MAX_CHOICES, name + " has at most " + MAX_CHOICES + " keys.");
        List<String> keys = new ArrayList<>();
        array.forEach(key -> keys.add(Requests.id(key.isString() ? key.asString() : null, name + " item")));
        return keys;
    }

    private static LatLon position(JsonNode body) {
        double lat = number(body, "lat");
        double lon = number(body, "lon");
        Requests.require(LatLon.isValid(lat, lon), "lat must be between -90 and 90, lon between -180 and 180.");
        return new LatLon(lat, lon);
    }

    private static double number(JsonNode body, String name) {
        JsonNode value = body.get(name);
        Requests.require(value != null && value.isNumber(), name + " is a number.");
        return value.asDouble();
    }

    private static @org.jspecify.annotations.Nullable String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value != null && value.isString() ? value.asString() : null;
    }
}
