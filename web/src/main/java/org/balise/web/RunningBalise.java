package org.balise.web;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The three contexts of a started Balise; closing it stops both doors, then the shared services. */
public record RunningBalise(
        ConfigurableApplicationContext shared,
        ConfigurableApplicationContext play,
        ConfigurableApplicationContext backOffice) implements AutoCloseable {

    public int playPort() {
        return ((WebServerApplicationContext) play).getWebServer().getPort();
    }

    public int backOfficePort() {
        return ((WebServerApplicationContext) backOffice).getWebServer().getPort();
    }

    @Override
    public void close() {
        backOffice.close();
        play.close();
        shared.close();
    }
}
