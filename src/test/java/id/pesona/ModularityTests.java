package id.pesona;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PesonaApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicFace() {
        MODULES.verify();
    }
}
