package org.contactpoint.involvement.api;

import org.contactpoint.involvement.entity.ServiceType;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A service type a practitioner may pick for an involvement; sensitive ones need consent or a harm declaration. */
public record ServiceTypeChoice(String code, String label, boolean sensitive) implements Serializable {

    public static final List<ServiceTypeChoice> ALL = Arrays.stream(ServiceType.values())
            .map(t -> new ServiceTypeChoice(t.code(), t.label(), t.isSensitive())).toList();
}
