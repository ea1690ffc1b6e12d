import dev.gatehouse.password.Argon2Hasher;
import dev.gatehouse.password.PasswordConfig;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceilings the service is compared against, measured by plain loops on N threads with the same JDK:
 * argon2id verifications/s through the service's own {@link Argon2Hasher}, and RS256 signatures/s
 * (JDK SHA256withRSA, 2048-bit). Prints one {@code name=value} line per limit: the median of the passes.
 *
 * <p>Usage: {@code java -cp <service classpath>:bench/out/classes Limits [threads] [seconds per pass] [passes]}
 */
public class Limits {

    interface Op {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;

        for (int[] p : new int[][] {{19456, 2, 1}, {7168, 5, 1}}) {
            Argon2Hasher hasher = new Argon2Hasher(config(p[0], p[1], p[2]));
            String encoded = hasher.encode("bench-password-0001");
            if (!hasher.verify("bench-password-0001", encoded)) {
                throw new IllegalStateException("argon2 round trip failed for " + encoded);
            }
            String name = "argon2id_m" + p[0] + "_t" + p[1] + "_p" + p[2] + "_verify_per_s";
            report(name, threads, seconds, passes, () -> hasher.verify("bench-password-0001", encoded));
        }

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        byte[] payload = new byte[400]; // about the size of a JWT signing input
        report("rs256_sign_per_s", threads, seconds, passes, () -> {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(pair.getPrivate());
            signature.update(payload);
            signature.sign();
        });
    }

    /** One warm-up pass (not counted), then the median of {@code passes} timed passes. */
    static void report(String name, int threads, int seconds, int passes, Op op) throws Exception {
        rate(threads, Math.max(2, seconds / 2), op);
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            rates.add(rate(threads, seconds, op));
        }
        List<Double> sorted = new ArrayList<>(rates);
        sorted.sort(null);
        System.out.printf("%s=%.1f%n", name, sorted.get(sorted.size() / 2));
        System.err.printf("# %s passes: %s%n", name, rates);
    }

    /** Operations per second over {@code threads} threads that loop for {@code seconds}. */
    static double rate(int threads, int seconds, Op op) throws Exception {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        op.run();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** The service's password config with the given argon2id costs and every other default. */
    static PasswordConfig config(int memoryKib, int iterations, int parallelism) {
        return new PasswordConfig() {
            public String algorithm() { return "argon2"; }
            public Argon2 argon2() {
                return new Argon2() {
                    public int memoryKib() { return memoryKib; }
                    public int iterations() { return iterations; }
                    public int parallelism() { return parallelism; }
                };
            }
            public Pbkdf2 pbkdf2() { return () -> 1_000_000; }
            public Bcrypt bcrypt() { return () -> 12; }
            public Scrypt scrypt() {
                return new Scrypt() {
                    public int workFactor() { return 16384; }
                    public int blockSize() { return 8; }
                    public int parallelism() { return 1; }
                };
            }
            public int minLength() { return 10; }
            public int maxLength() { return 4096; }
            public double similarity() { return 0.7; }
        };
    }
}
