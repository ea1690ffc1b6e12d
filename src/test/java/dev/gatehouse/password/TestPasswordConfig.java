package dev.gatehouse.password;

/** A {@link PasswordConfig} for plain unit tests, starting from the production defaults. */
public record TestPasswordConfig(String algorithm, int argon2MemoryKib, int argon2Iterations, int argon2Parallelism,
                                 int pbkdf2Iterations, int bcryptRounds, int scryptWorkFactor, int scryptBlockSize,
                                 int scryptParallelism, int minLength, int maxLength, double similarity, Limits limits)
        implements PasswordConfig {

    /** The defaults of {@link PasswordConfig}. */
    public static TestPasswordConfig defaults() {
        return new TestPasswordConfig("argon2", 19456, 2, 1, 1_000_000, 12, 16384, 8, 1, 10, 4096, 0.7, TestLimits.DEFAULTS);
    }

    /** Cheap work factors so tests run fast. */
    public static TestPasswordConfig cheap() {
        return defaults().withArgon2(256, 1, 1).withPbkdf2(1000).withBcrypt(4).withScrypt(1024, 8, 1);
    }

    public TestPasswordConfig withAlgorithm(String value) {
        return new TestPasswordConfig(value, argon2MemoryKib, argon2Iterations, argon2Parallelism, pbkdf2Iterations,
                bcryptRounds, scryptWorkFactor, scryptBlockSize, scryptParallelism, minLength, maxLength, similarity, limits);
    }

    public TestPasswordConfig withArgon2(int memoryKib, int iterations, int parallelism) {
        return new TestPasswordConfig(algorithm, memoryKib, iterations, parallelism, pbkdf2Iterations,
                bcryptRounds, scryptWorkFactor, scryptBlockSize, scryptParallelism, minLength, maxLength, similarity, limits);
    }

    public TestPasswordConfig withPbkdf2(int iterations) {
        return new TestPasswordConfig(algorithm, argon2MemoryKib, argon2Iterations, argon2Parallelism, iterations,
                bcryptRounds, scryptWorkFactor, scryptBlockSize, scryptParallelism, minLength, maxLength, similarity, limits);
    }

    public TestPasswordConfig withBcrypt(int rounds) {
        return new TestPasswordConfig(algorithm, argon2MemoryKib, argon2Iterations, argon2Parallelism, pbkdf2Iterations,
                rounds, scryptWorkFactor, scryptBlockSize, scryptParallelism, minLength, maxLength, similarity, limits);
    }

    public TestPasswordConfig withScrypt(int workFactor, int blockSize, int parallelism) {
        return new TestPasswordConfig(algorithm, argon2MemoryKib, argon2Iterations, argon2Parallelism, pbkdf2Iterations,
                bcryptRounds, workFactor, blockSize, parallelism, minLength, maxLength, similarity, limits);
    }

    public TestPasswordConfig withLengths(int min, int max) {
        return new TestPasswordConfig(algorithm, argon2MemoryKib, argon2Iterations, argon2Parallelism, pbkdf2Iterations,
                bcryptRounds, scryptWorkFactor, scryptBlockSize, scryptParallelism, min, max, similarity, limits);
    }

    public TestPasswordConfig withLimits(TestLimits value) {
        return new TestPasswordConfig(algorithm, argon2MemoryKib, argon2Iterations, argon2Parallelism, pbkdf2Iterations,
                bcryptRounds, scryptWorkFactor, scryptBlockSize, scryptParallelism, minLength, maxLength, similarity, value);
    }

    /** {@link PasswordConfig.Limits} as values; {@link #DEFAULTS} are the production defaults. */
    public record TestLimits(int argon2MemoryKib, int argon2Iterations, int argon2Parallelism, int scryptMemoryKib,
                             int scryptParallelism, int pbkdf2Iterations, int bcryptRounds) implements Limits {

        public static final TestLimits DEFAULTS = new TestLimits(262_144, 20, 16, 262_144, 16, 10_000_000, 16);

        public TestLimits withPbkdf2Iterations(int value) {
            return new TestLimits(argon2MemoryKib, argon2Iterations, argon2Parallelism, scryptMemoryKib, scryptParallelism,
                    value, bcryptRounds);
        }
    }

    @Override
    public Argon2 argon2() {
        return new Argon2() {
            public int memoryKib() { return argon2MemoryKib; }
            public int iterations() { return argon2Iterations; }
            public int parallelism() { return argon2Parallelism; }
        };
    }

    @Override
    public Pbkdf2 pbkdf2() {
        return () -> pbkdf2Iterations;
    }

    @Override
    public Bcrypt bcrypt() {
        return () -> bcryptRounds;
    }

    @Override
    public Scrypt scrypt() {
        return new Scrypt() {
            public int workFactor() { return scryptWorkFactor; }
            public int blockSize() { return scryptBlockSize; }
            public int parallelism() { return scryptParallelism; }
        };
    }

    @Override
    public java.time.Duration permitWait() {
        return java.time.Duration.ofSeconds(3);
    }

    @Override
    public double permitHeapFraction() {
        return 0.25;
    }
}
