package org.contactpoint.contactdetails.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** How to reach a person or service: a phone number and an e-mail address, both optional. */
@Embeddable
public class ContactDetails {

    @PhoneNumber
    @Column(name = "phone", length = 24)
    private String phone;

    @Email(message = "must be an e-mail address")
    @Size(max = 200)
    @Column(name = "email", length = 200)
    private String email;

    protected ContactDetails() {
        // for JPA
    }

    public ContactDetails(String phone, String email) {
        this.phone = phone;
        this.email = email;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
