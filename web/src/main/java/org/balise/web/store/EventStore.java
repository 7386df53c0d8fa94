package org.balise.web.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The append-only history of every stream. Appending is optimistic: the caller says which sequence it
 * read up to, and the store refuses the commit if someone else appended meanwhile ({@link
 * AppendResult.Conflict}); the caller then reloads, decides again and retries. A command already
 * committed is answered with its earlier commit ({@link AppendResult.AlreadyApplied}), never applied twice.
 */
@Service
public class EventStore {

    private final CommitRepository commits;

    EventStore(CommitRepository commits) {
        this.commits = commits;
    }

    public Mono<AppendResult> append(Commit commit) {
        return commits.insert(commit)
                .<AppendResult>map(AppendResult.Appended::new)
                .onErrorResume(DuplicateKeyException.class, refused -> commits
                        .findByStreamAndCommandId(commit.stream(), commit.commandId())
                        .<AppendResult>map(AppendResult.AlreadyApplied::new)
                        .defaultIfEmpty(new AppendResult.Conflict(commit.sequence())));
    }

    /** The stream's commits after {@code sequence} (0 for all), oldest first. */
    public Flux<Commit> read(String stream, long afterSequence) {
        return commits.findByStreamAndSequenceGreaterThanOrderBySequenceAsc(stream, afterSequence);
    }

    /** The sequence of the stream's last commit, 0 for a stream with none. */
    public Mono<Long> lastSequence(String stream) {
        return commits.findFirstByStreamOrderBySequenceDesc(stream).map(Commit::sequence).defaultIfEmpty(0L);
    }

    public Mono<Commit> findCommand(String stream, String commandId) {
        return commits.findByStreamAndCommandId(stream, commandId);
    }

    /** Every commit of a session's streams, in the order they were recorded: for debriefs. */
    public Flux<Commit> readSession(String sessionId) {
        return commits.findBySessionIdOrderByRecordedAtAsc(sessionId);
    }

    /** Forgets a session's whole history, when a teacher deletes the session's data. */
    public Mono<Void> deleteSession(String sessionId) {
        return commits.deleteBySessionId(sessionId);
    }

    /** How an append ended. */
    public sealed interface AppendResult {

        /** The commit is stored. */
        record Appended(Commit commit) implements AppendResult {
        }

        /** This command was committed before: here is that earlier commit; nothing new was stored. */
        record AlreadyApplied(Commit earlier) implements AppendResult {
        }

        /** Another commit took this sequence first: reload the stream, decide again, retry. */
        record Conflict(long sequence) implements AppendResult {
        }
    }
}
