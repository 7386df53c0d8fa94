package org.balise.web.api;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The phone API's routes, in one place, so that what the API offers reads as a table of contents. The
 * same table is described for client authors in {@code openapi.yaml}, which a test keeps in step.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

    @Bean
    RouterFunction<ServerResponse> publicRoutes(InfoHandler info, JoinHandler join, MediaHandler media) {
        return route(GET("/api/info"), info::info)
                .andRoute(GET("/api/info/stream"), info::stream)
                .andRoute(GET("/api/sessions/{joinCode}"), join::session)
                .andRoute(POST("/api/join"), join::join)
                .andRoute(GET("/api/circuits/{circuitId}/{version}/media/{mediaId}"), media::medium);
    }

    @Bean
    RouterFunction<ServerResponse> teamRoutes(TeamAccess access, TeamHandler team, InviteHandler invite,
            PhotoHandler photos) {
        return route(GET("/api/teams/{teamId}"), team::view)
                .andRoute(POST("/api/teams/{teamId}/fixes"), team::fixes)
                .andRoute(POST("/api/teams/{teamId}/commands"), team::command)
                .andRoute(GET("/api/teams/{teamId}/stream"), team::stream)
                .andRoute(GET("/api/teams/{teamId}/invite.png"), invite::invite)
                .andRoute(POST("/api/teams/{teamId}/photos"), photos::upload)
                .filter(access);
    }
}
