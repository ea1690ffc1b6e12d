package dev.gatehouse.permission;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Example object-permission backend, present only in tests: a user may {@code docs.change_document} on
 * {@code document:<id>} when their profile's {@code attributes.owns_documents} lists that id.
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
                select exists (select 1 from profiles where user_id = :user
                    and attributes -> 'owns_documents' @> jsonb_build_array(cast(:doc as text)))""")
                .setParameter("user", subject.id()).setParameter("doc", object.id()).getSingleResult();
    }
}
