package dev.gatehouse.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Permits follow the cores, but never more than the heap share holds hashes of the configured algorithm. */
class HashingPermitsTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void manyCoresAndASmallHeapGetAsManyArgon2PermitsAsTheHeapShareHolds() {
        // a quarter of 256 MiB holds three hashes of 19 MiB, however many cores the host has
        assertEquals(3, new HashingPermits(64, 256 * MIB, TestPasswordConfig.defaults()).total());
    }

    @Test
    void aLargeHeapGetsOnePermitPerCore() {
        assertEquals(4, new HashingPermits(4, 8192 * MIB, TestPasswordConfig.defaults()).total());
    }

    @Test
    void aHeapTooSmallForOneHashStillGetsOnePermit() {
        assertEquals(1, new HashingPermits(8, 16 * MIB, TestPasswordConfig.defaults()).total());
    }

    @Test
    void scryptPermitsCountItsMemoryAndPbkdf2OnlyTheCores() {
        // scrypt N=16384, r=8: 16 MiB a hash, so a quarter of 160 MiB holds two
        assertEquals(2, new HashingPermits(16, 160 * MIB, TestPasswordConfig.defaults().withAlgorithm("scrypt")).total());
        assertEquals(16, new HashingPermits(16, 128 * MIB, TestPasswordConfig.defaults().withAlgorithm("pbkdf2_sha256")).total());
    }
}
