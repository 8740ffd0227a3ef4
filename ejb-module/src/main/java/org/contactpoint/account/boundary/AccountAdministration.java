package org.contactpoint.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.contactpoint.access.api.AuthorityScope;
import org.contactpoint.access.api.Authorized;
import org.contactpoint.access.control.AuthorityScopes;
import org.contactpoint.access.control.Callers;
import org.contactpoint.account.api.AccountProblem;
import org.contactpoint.account.api.AccountView;
import org.contactpoint.account.api.Accounts;
import org.contactpoint.account.api.ActivationCode;
import org.contactpoint.account.api.NewAccount;
import org.contactpoint.account.control.AccountRegister;
import org.contactpoint.account.entity.Account;
import org.contactpoint.account.entity.Role;
import org.contactpoint.audit.api.Audited;
import org.contactpoint.involvement.entity.ServiceType;
import org.contactpoint.organisation.entity.LocalAuthority;
import org.contactpoint.security.api.Permissions;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@link Accounts}: every method needs {@code account:admin:<authority>} and leaves an audit event. */
@Stateless
public class AccountAdministration implements Accounts {

    @PersistenceContext(unitName = "contactpoint")
    EntityManager em;

    @Inject
    AccountRegister register;

    @Inject
    Validator validator;

    @Inject
    Callers callers;

    @Inject
    AuthorityScopes scopes;

    @Override
    @Authorized(Permissions.ACCOUNT_ENROL)
    @Audited("account.authorities")
    public List<String> administeredAuthorities() {
        return scopes.where(callers.current(), Permissions.ACCOUNT_ADMIN);
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("account.list")
    public List<AccountView> inAuthority(@AuthorityScope String authority) {
        return register.allIn(authority).stream().map(AccountRegister::view).toList();
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("account.create")
    public ActivationCode create(@AuthorityScope String authority, NewAccount request) {
        validator.validate(request).stream().min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new AccountProblem(v.getPropertyPath().toString(), v.getPropertyPath() + " " + v.getMessage());
                });
        if (register.byUsername(request.username()).isPresent()) {
            throw new AccountProblem("username", "The username '" + request.username() + "' is already taken.");
        }
        LocalAuthority la = em.find(LocalAuthority.class, authority);
        if (la == null) {
            throw new AccountProblem("authority", "There is no local authority " + authority + ".");
        }
        Account account = new Account(request.username(), request.displayName(), request.organisationCode(),
                request.organisationName(), la, roles(request.roles()), register.now());
        if (request.serviceType() != null && !request.serviceType().isBlank()) {
            account.belongToService(ServiceType.fromCode(request.serviceType()).orElseThrow(() ->
                    new AccountProblem("serviceType", "'" + request.serviceType() + "' is not a service type.")));
        }
        ActivationCode code = register.issueActivationCode(account);
        em.persist(account);
        return code;
    }

    private static Set<Role> roles(Set<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new AccountProblem("roles", "'" + name + "' is not a role.");
            }
        }
        if (roles.contains(Role.PARTNER_SYSTEM)) {
            throw new AccountProblem("roles", "Partner systems are registered under Console → Partner systems, with an API key.");
        }
        if (roles.contains(Role.NATIONAL_ADMIN)) {
            throw new AccountProblem("roles", "National administrators are created by national administrators only.");
        }
        return roles;
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("account.record-training")
    public void recordTraining(@AuthorityScope String authority, String username, LocalDate contactPointTraining,
                               LocalDate informationSharingTraining) {
        register.inAuthority(authority, username).recordTraining(contactPointTraining, informationSharingTraining);
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("account.record-checks")
    public void recordChecks(@AuthorityScope String authority, String username, LocalDate identityChecked, LocalDate enhancedCheck) {
        register.inAuthority(authority, username).recordChecks(identityChecked, enhancedCheck);
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("account.suspend")
    public void suspend(@AuthorityScope String authority, String username) {
        register.inAuthority(authority, username).suspend();
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("account.reinstate")
    public void reinstate(@AuthorityScope String authority, String username) {
        register.inAuthority(authority, username).reinstate();
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("account.unlock")
    public void unlock(@AuthorityScope String authority, String username) {
        register.inAuthority(authority, username).unlock();
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("account.revoke")
    public void revoke(@AuthorityScope String authority, String username) {
        register.inAuthority(authority, username).revoke();
    }

    @Override
    @Authorized(Permissions.ACCOUNT_ADMIN)
    @Audited("account.reset-token")
    public ActivationCode resetToken(@AuthorityScope String authority, String username) {
        return register.issueActivationCode(register.inAuthority(authority, username));
    }
}
