package dev.gatehouse.permission;

import dev.gatehouse.security.ObjectRef;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Example object-permission backend, present only in tests: a user may {@code docs.change_document} on
 * {@code document:<id>} when the {@code document_owners} table, which only the documents service writes, names
 * them as its owner. It never reads the profile's {@code attributes}: every user may edit their own profile, so
 * a grant read from there is a grant anyone can give themselves.
 */
@ApplicationScoped
@Priority(100)
public class DocumentOwnerBackend implements AuthorizationBackend {

    static final String CHANGE = "docs.change_document";

    @Override
    public boolean hasPerm(Subject subject, String perm, ObjectRef object) {
        if (object == null || !CHANGE.equals(perm) || !"document".equals(object.type())) {
            return false;
        }
        return (Boolean) Panache.getEntityManager().createNativeQuery("""
                select exists (select 1 from document_owners where document_id = :doc and owner_id = :user)""")
                .setParameter("user", subject.id()).setParameter("doc", object.id()).getSingleResult();
    }

    /**
     * For tests, standing in for the documents service: records {@code owner} as the owner of the document.
     * The table belongs to that service, so the test makes it here rather than in Gatehouse's migrations.
     */
    static void recordOwner(String owner, String documentId) {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("""
                    create table if not exists document_owners (
                        document_id varchar(200) primary key,
                        owner_id    uuid not null references users (id) on delete cascade)""").executeUpdate();
            em.createNativeQuery("insert into document_owners (document_id, owner_id) values (:doc, :owner)")
                    .setParameter("doc", documentId).setParameter("owner", UUID.fromString(owner)).executeUpdate();
        });
    }
}
