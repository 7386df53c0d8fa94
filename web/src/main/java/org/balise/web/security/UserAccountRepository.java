package org.balise.web.security;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Mono;

public interface UserAccountRepository extends ReactiveMongoRepository<UserAccount, String> {

    Mono<UserAccount> findByUsername(String username);

    Mono<Boolean> existsByRolesContaining(Role role);
}
