package dev.gatehouse.user;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hibernate.type.descriptor.java.MutableMutabilityPlan;

/**
 * How Hibernate snapshots a JSON attribute for dirty checking: Jackson's own deep copy. Without it,
 * Hibernate sees ObjectNode only as Serializable and copies it through Java serialization on every
 * load, which the profile of {@code GET /users/{id}} showed at half the cost of the read (bench/README.md).
 */
public class JsonObjectCopies extends MutableMutabilityPlan<ObjectNode> {

    @Override
    protected ObjectNode deepCopyNotNull(ObjectNode value) {
        return value.deepCopy();
    }
}
