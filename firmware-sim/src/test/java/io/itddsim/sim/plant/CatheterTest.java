package io.itddsim.sim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatheterTest {

    @Test
    @DisplayName("the catheter's volume follows from its bore and length: about 196 uL for 89 cm x 0.53 mm")
    void deadVolumeFromGeometry() {
        assertEquals(196_350, new Catheter(PumpProfile.synchroMed20ml()).deadVolumeNl());
    }

    @Test
    @DisplayName("after a concentration change the old solution in the catheter is delivered first")
    void oldDrugLeavesFirst() {
        Catheter c = new Catheter(PumpProfile.synchroMed20ml());
        c.fill(25_000); // morphine 25 mg/mL fills the catheter
        long dead = c.deadVolumeNl();
        long outNl = 0;
        long outPg = 0;
        while (outNl < dead) { // push 10 mg/mL behind it, just the dead volume
            long nl = Math.min(100, dead - outNl);
            c.push(nl, nl * 10_000L);
            outNl += c.lastOutNl();
            outPg += c.lastOutPg();
        }
        assertEquals(dead * 25_000L, outPg, "the first dead volume out is all old 25 mg/mL solution");
        c.push(100, 100 * 10_000L);
        assertEquals(100 * 10_000L, c.lastOutPg(), "then the new concentration arrives");
    }

    @Test
    @DisplayName("many concentration changes never lose drug: segments merge, mass is conserved")
    void manySegmentsConserveMass() {
        Catheter c = new Catheter(PumpProfile.synchroMed20ml());
        c.fill(0);
        long inPg = 0;
        long outPg = 0;
        for (int i = 0; i < 500; i++) {
            long pg = 37L * (i % 7 + 1) * 100;
            c.push(100, pg);
            inPg += pg;
            outPg += c.lastOutPg();
        }
        assertEquals(inPg, outPg + c.massPg());
        assertEquals(c.deadVolumeNl(), c.volumeNl());
    }

    @Test
    @DisplayName("the pressure drop across the catheter during a motor step is small without occlusion")
    void pressureDropIsPoiseuille() {
        Catheter c = new Catheter(PumpProfile.synchroMed20ml());
        // 5 nL in 2 ms through 89 cm x 0.53 mm of CSF-like fluid: about 800 Pa (6 mmHg)
        long dropPa = c.pressureDropPa(5, 2_000);
        assertEquals(true, dropPa > 700 && dropPa < 900, "drop " + dropPa + " Pa");
    }
}
