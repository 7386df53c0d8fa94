package org.balise.web.game;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.balise.engine.play.team.AcceptedFix;
import org.balise.engine.play.team.PositionAccepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The history of teams' positions, for sessions whose teacher turned it on, and only for as long as
 * {@code balise.positions.retention} (30 days unless configured). Players are often minors: by default
 * nothing of where they walked is stored at all (the live dashboard reads the last position from memory).
 *
 * <p>Expiry is enforced twice: a MongoDB TTL index on {@code expiresAt}, and an hourly purge, because the
 * embedded store keeps TTL indexes without acting on them.
 */
@Component
class PositionHistory {

    private static final Logger log = LoggerFactory.getLogger(PositionHistory.class);

    private final ReactiveMongoTemplate mongo;
    private final Settings settings;
    private final Clock clock;

    PositionHistory(ReactiveMongoTemplate mongo, Settings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
        mongo.indexOps(PositionDocument.class)
                .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO))
                .then(mongo.indexOps(PositionDocument.class)
                        .createIndex(new Index().on("sessionId", Sort.Direction.ASC).on("teamId", Sort.Direction.ASC)))
                .subscribe(name -> { }, failure -> log.warn("Could not create the positions' indexes", failure));
    }

    void keep(SessionDocument session, TeamDocument team, PositionAccepted position) {
        AcceptedFix fix = position.fix();
        PositionDocument document = new PositionDocument(UUID.randomUUID().toString(), session.id(), team.id(),
                fix.latitude(), fix.longitude(), fix.accuracyMetres(), fix.time(),
                fix.time().plus(settings.retention()));
        mongo.insert(document).subscribe(saved -> { }, failure -> log.warn("Could not keep a position", failure));
    }

    Flux<PositionDocument> of(String sessionId, String teamId) {
        return mongo.find(Query.query(Criteria.where("sessionId").is(sessionId).and("teamId").is(teamId))
                .with(Sort.by("at")), PositionDocument.class);
    }

    Mono<Void> deleteSession(String sessionId) {
        return mongo.remove(Query.query(Criteria.where("sessionId").is(sessionId)), PositionDocument.class).then();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purgeExpired() {
        mongo.remove(Query.query(Criteria.where("expiresAt").lt(clock.instant())), PositionDocument.class)
                .subscribe(result -> {
                    if (result.getDeletedCount() > 0) {
                        log.info("Forgot {} expired positions", result.getDeletedCount());
                    }
                }, failure -> log.warn("Could not purge expired positions", failure));
    }

    /**
     * @param retention how long a kept position is kept
     */
    @ConfigurationProperties("balise.positions")
    record Settings(@DefaultValue("P30D") Duration retention) {
    }
}
