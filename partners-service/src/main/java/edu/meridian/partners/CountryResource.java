package edu.meridian.partners;

import edu.meridian.web.Countries;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/partners/countries")
@Tag(name = "Reference data")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class CountryResource {

    @GET
    @Operation(summary = "Countries and regions (ISO 3166-1 alpha-2) with Chinese and English names; UI label 国家/地区 / Country/region")
    public List<Countries.Country> list() {
        return Countries.all();
    }
}
