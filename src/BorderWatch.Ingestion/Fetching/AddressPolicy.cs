using System.Net;
using System.Net.Sockets;

namespace BorderWatch.Ingestion.Fetching;

/// <summary>
/// Which addresses a page fetch may connect to: public unicast only. Loopback, private (RFC 1918, IPv6 unique
/// local), link-local (where cloud metadata services live: 169.254.169.254, fd00:ec2::254 is unique local),
/// carrier-grade NAT, multicast, broadcast, unspecified and reserved ranges are refused, also when an IPv4 address
/// hides inside IPv6 (::ffff:10.0.0.1). An administrator may allow named hosts, which may then be private.
/// </summary>
public static class AddressPolicy
{
    private static readonly (IPAddress Network, int Bits)[] ForbiddenV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24), (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Bits)[] ForbiddenV6 =
    [
        (IPAddress.Parse("::"), 128), (IPAddress.Parse("::1"), 128), (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10), (IPAddress.Parse("fec0::"), 10), (IPAddress.Parse("ff00::"), 8),
        (IPAddress.Parse("64:ff9b::"), 96), (IPAddress.Parse("2001:db8::"), 32), (IPAddress.Parse("100::"), 64),
    ];

    /// <summary>True when no fetch may connect to <paramref name="address"/> (unless its host is allow-listed).</summary>
    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var ranges = address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ForbiddenV4,
            AddressFamily.InterNetworkV6 => ForbiddenV6,
            _ => null,
        };
        if (ranges is null) return true;
        // 6to4 (2002::/16) and Teredo carry an IPv4 address: judge by it.
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            if (b[0] == 0x20 && b[1] == 0x02) return IsForbidden(new IPAddress(b.AsSpan(2, 4)));
        }
        return ranges.Any(r => InRange(address, r.Network, r.Bits));
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        if (a.Length != n.Length) return false;
        for (var i = 0; i < a.Length && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : (byte)(0xFF << (8 - bits));
            if ((a[i] & mask) != (n[i] & mask)) return false;
        }
        return true;
    }
}
