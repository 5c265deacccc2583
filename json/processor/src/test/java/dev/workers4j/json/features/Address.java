package dev.workers4j.json.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/** A plain class: creator for the required parts, a setter and a public field for the rest. */
@JsonCodecType
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Address {
  private final String country;
  private final String city;
  private String zip;
  public List<String> lines;
  @JsonIgnore private String cachedLabel = "not serialized";

  @JsonCreator
  public Address(@JsonProperty("country_code") String country, @JsonProperty("city") String city) {
    this.country = country;
    this.city = city;
  }

  @JsonProperty("country_code")
  public String getCountry() {
    return country;
  }

  public String getCity() {
    return city;
  }

  public String getZip() {
    return zip;
  }

  public void setZip(String zip) {
    this.zip = zip;
  }

  public String getCachedLabel() {
    return cachedLabel;
  }
}
