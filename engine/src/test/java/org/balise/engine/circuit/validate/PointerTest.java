package org.balise.engine.circuit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointerTest {

    @Test
    void theWholeDocumentIsTheEmptyPointer() {
        assertThat(Pointer.root()).hasToString("");
    }

    @Test
    void propertiesAndIndexesAreJoinedBySlashes() {
        assertThat(Pointer.root().at("stations").at(2).at("zone").at("radius")).hasToString("/stations/2/zone/radius");
    }

    @Test
    void tildesAndSlashesInAPropertyAreEscapedAsRfc6901Says() {
        assertThat(Pointer.root().at("a/b").at("m~n")).hasToString("/a~1b/m~0n");
    }

    @Test
    void parsingUndoesTheEscapes() {
        assertThat(Pointer.parse("/a~1b/m~0n/0").tokens()).containsExactly("a/b", "m~n", "0");
        assertThat(Pointer.parse("")).isEqualTo(Pointer.root());
    }
}
