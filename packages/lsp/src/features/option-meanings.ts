// One-line meanings of the most used options, in our own words (dhcp-options(5) is the reference).
export const OPTION_MEANINGS: Record<string, string> = {
  'dhcp.subnet-mask': "The client's subnet mask; dhcpd derives it from the subnet declaration when absent.",
  'dhcp.routers': 'Default gateways for the client, in order of preference; they should be on the client subnet.',
  'dhcp.domain-name-servers': 'DNS resolvers the client should use, in order of preference.',
  'dhcp.domain-name': 'The DNS domain the client should use to resolve unqualified names.',
  'dhcp.domain-search': 'The DNS search list (RFC 3397), tried in order for unqualified names.',
  'dhcp.broadcast-address': "The broadcast address of the client's subnet.",
  'dhcp.ntp-servers': 'NTP servers the client should synchronise with.',
  'dhcp.host-name': 'The name the client should give itself.',
  'dhcp.interface-mtu': 'The MTU the client should set on the interface.',
  'dhcp.netbios-name-servers': 'WINS servers for NetBIOS name resolution.',
  'dhcp.static-routes': 'Classful static routes (destination, router pairs); superseded by classless-static-routes.',
  'dhcp.tftp-server-name': 'The TFTP server (option 66) a network-booting client should load from.',
  'dhcp.bootfile-name': 'The boot file (option 67) a network-booting client should load.',
  'dhcp.vendor-encapsulated-options': 'Vendor-specific data (option 43), often built from an option space.',
  'dhcp.dhcp-lease-time':
    'The lease time the client asks for or is offered; set lease times with default-lease-time/max-lease-time instead.',
  'dhcp.dhcp-server-identifier':
    'The address this server identifies itself with; must differ between failover partners.',
  'dhcp.dhcp-client-identifier':
    'The client identifier (option 61); in a host declaration it matches the client by this id.',
  'dhcp.time-offset': "Offset of the client's time zone from UTC, in seconds.",
  'dhcp.log-servers': 'MIT-LCS UDP log servers.',
  'dhcp.dhcp-parameter-request-list': 'Options the client asks for; set here it overrides the list the server sends.',
  'dhcp.dhcp-max-message-size': 'The largest DHCP message the client accepts.',
  'dhcp.classless-static-routes':
    'Routes with prefix lengths (RFC 3442); needs an option definition in dhcpd 4.4 (code 121).',
  'dhcp.vendor-class-identifier': 'The vendor class (option 60) a client sends; used to classify clients.',
  'dhcp.user-class': 'The user class a client sends (option 77).',
  'dhcp.fqdn': 'Client FQDN option (81) used for DNS updates.',
  'dhcp.ip-forwarding': 'Whether the client should forward IP packets.',
  'dhcp.default-ip-ttl': 'Default IP time-to-live for the client.',
  'dhcp.root-path': 'The path of the root disk for diskless clients.',
  'dhcp.domain-name-servers6': 'DNS resolvers for DHCPv6 clients.',
  'dhcp6.name-servers': 'DNS resolvers for DHCPv6 clients.',
  'dhcp6.domain-search': 'The DNS search list for DHCPv6 clients.',
};
