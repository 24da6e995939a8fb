package io.attune.widget;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A customer authenticated by a widget token. An {@code Authentication} so that Spring Security's
 * message authorization sees it; it holds no credentials once checked.
 */
public final class CustomerAuthentication extends AbstractAuthenticationToken {

    public static final String ROLE = "ROLE_CUSTOMER";

    private final CustomerPrincipal customer;

    public CustomerAuthentication(CustomerPrincipal customer) {
        super(List.of(new SimpleGrantedAuthority(ROLE)));
        this.customer = customer;
        setAuthenticated(true);
    }

    @Override
    public CustomerPrincipal getPrincipal() {
        return customer;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return customer.getName();
    }
}
