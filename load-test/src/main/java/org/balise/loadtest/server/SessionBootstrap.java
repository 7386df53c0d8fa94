package org.balise.loadtest.server;

import java.time.Duration;
import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameRules;
import org.springframework.beans.factory.BeanFactory;
import reactor.core.publisher.Mono;

/**
 * Runs inside the Balise JVM that the load test starts: starts Balise exactly as its {@code main} does, then
 * opens and starts one on-site session of the shipped sample circuit, as a teacher would from the back-office,
 * and prints {@link #READY} with the play door's port and the join code on standard output.
 *
 * <p>Spring Boot's {@code PropertiesLauncher} loads this class from {@code loader.path} next to the classes of
 * {@code balise.jar}, so it sees Balise's own engine, Reactor and Spring. Balise's web classes are reached by
 * reflection because {@code balise.jar} is repackaged (its classes sit under {@code BOOT-INF/}) and cannot be
 * compiled against; a renamed method fails here, at start, with its name. This class must depend on nothing
 * else of the load test: it is the only class copied into the server's class path.
 */
public final class SessionBootstrap {

    /** The line that tells the load test the server is ready, followed by {@code port=... joinCode=...}. */
    public static final String READY = "balise-load-test: ready";

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

    private SessionBootstrap() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> application = loader.loadClass("org.balise.web.BaliseApplication");
        Object running = application.getMethod("start", String[].class).invoke(null, (Object) args);
        int playPort = (int) call(running, "playPort");
        BeanFactory shared = (BeanFactory) call(running, "shared");

        Class<?> gamesType = loader.loadClass("org.balise.web.game.GameSessions");
        Class<?> settingsType = loader.loadClass("org.balise.web.game.SessionSettings");
        Object games = shared.getBean(gamesType);
        Object settings = settingsType
                .getConstructor(String.class, String.class, Mode.class, List.class, GameRules.class, boolean.class,
                        boolean.class)
                .newInstance("sample", "1.0.0", Mode.ON_SITE, List.of(), GameRules.DEFAULT, false, false);
        Object session = ((Mono<?>) gamesType.getMethod("create", String.class, settingsType)
                .invoke(games, "load-test", settings)).block(STORE_TIMEOUT);
        String sessionId = (String) call(session, "id");
        ((Mono<?>) gamesType.getMethod("start", String.class).invoke(games, sessionId)).block(STORE_TIMEOUT);

        System.out.println(READY + " port=" + playPort + " joinCode=" + call(session, "joinCode"));
        System.out.flush();
    }

    private static Object call(Object target, String accessor) throws ReflectiveOperationException {
        return target.getClass().getMethod(accessor).invoke(target);
    }
}
