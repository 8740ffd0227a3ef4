package org.contactpoint.schema.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.contactpoint.feed.control.DemoData;
import org.contactpoint.schema.api.SystemStatus;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Answers the health endpoint from the database itself, so it is true on every instance of a cluster. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemStatusProbe implements SystemStatus {

    @Resource(lookup = "jdbc/contactpoint")
    DataSource dataSource;

    @EJB
    SchemaStartup schema;

    @EJB
    DemoData demoData;

    @Override
    public Status status() {
        boolean up;
        String product;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(2);
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            up = false;
            product = "unreachable";
        }
        return new Status(up, product, schema.version(), !demoData.isFinished(), demoData.hasFailed(), demoData.loaded());
    }
}
