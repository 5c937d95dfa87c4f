import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Prints the JDK's ISO 3166-1 alpha-2 codes with their English names, one "CODE<TAB>Name" a line.
 * Run by regenerate.sh as a single-file program: java scripts/reference/JdkCountries.java
 */
public class JdkCountries {
  public static void main(String[] args) {
    System.out.println("#java.version\t" + System.getProperty("java.version"));
    for (String code : new TreeSet<>(Arrays.asList(Locale.getISOCountries()))) {
      System.out.println(code + "\t" + new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
  }
}
