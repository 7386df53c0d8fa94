package org.balise.web.api;

import java.util.List;
import org.balise.engine.play.team.TeamEvent;
import org.balise.web.game.TeamOutcome;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.util.NameTransformer;

/**
 * What a command caused, for its sender: each event as {@code {type, ...its fields}} (the engine's events
 * hold no secret, so all their fields may go).
 */
@Component
class EventsOut {

    List<EventOut> of(TeamOutcome outcome) {
        return of(outcome.events());
    }

    List<EventOut> of(List<TeamEvent> events) {
        return events.stream().map(EventOut::new).toList();
    }

    /**
     * One event, written straight into the response with its type first: turning each event into a map
     * first cost a tenth of the server's CPU under load (docs/benchmarks.md).
     */
    record EventOut(TeamEvent event) implements JacksonSerializable {

        @Override
        public void serialize(JsonGenerator generator, SerializationContext context) {
            generator.writeStartObject();
            generator.writeStringProperty("type", event.type());
            context.findValueSerializer(event.getClass()).unwrappingSerializer(NameTransformer.NOP)
                    .serialize(event, generator, context);
            generator.writeEndObject();
        }

        @Override
        public void serializeWithType(JsonGenerator generator, SerializationContext context, TypeSerializer types) {
            serialize(generator, context);
        }
    }
}
