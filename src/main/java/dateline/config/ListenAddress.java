package dateline.config;

import java.util.regex.Pattern;

/**
 * Checks a listen address without asking DNS: only IP literals are taken, since a host name
 * that resolves to several addresses would leave which interface is open to the resolver.
 */
final class ListenAddress {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ListenAddress() {}

    static boolean isValid(String address) {
        if (IPV4.matcher(address).matches()) return true;
        if (!address.contains(":") || !IPV6.matcher(address).matches()) return false;
        try {
            // Only a literal gets here (hex digits, colons, dots), so this parses without a lookup.
            return java.net.InetAddress.getByName(address) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
