using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Spice.Client.Connection;

/// <summary>
/// Decides whether a server certificate is acceptable, as spice-gtk does: the chain ends in one of
/// the given CAs (the system store when none is given), and the certificate either carries exactly
/// the host subject asked for or names the host (subject alternative name, else common name).
/// Keeps the reason of a refusal in <see cref="Failure"/> for the error message.
/// </summary>
internal sealed class ServerCertificateValidator(SpiceConnectOptions options, X509Certificate2Collection? trustedCas)
{
    public string? Failure { get; private set; }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        Failure = Check(certificate as X509Certificate2, chain, errors);
        return Failure is null;
    }

    private string? Check(X509Certificate2? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        if (options.TlsInsecure)
        {
            return null;
        }

        if (certificate is null)
        {
            return "the server sent no certificate";
        }

        var chainProblem = trustedCas is null
            ? (errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0 ? DescribeChain(presented) : null
            : CheckAgainstCas(certificate, presented, trustedCas);
        if (chainProblem is not null)
        {
            return $"the server certificate '{certificate.Subject}' is not trusted: {chainProblem}";
        }

        if (options.HostSubject is { } wanted)
        {
            return HostSubject.Matches(wanted, certificate.SubjectName, out var why)
                ? null
                : $"the server certificate subject '{certificate.Subject}' does not match the host subject '{wanted}': {why}";
        }

        return certificate.MatchesHostname(options.Host, allowWildcards: true, allowCommonName: true)
            ? null
            : $"the server certificate '{certificate.Subject}' is not for host '{options.Host}'";
    }

    private static string? CheckAgainstCas(X509Certificate2 certificate, X509Chain? presented, X509Certificate2Collection cas)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(cas);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(certificate) ? null : DescribeChain(chain);
    }

    private static string DescribeChain(X509Chain? chain)
    {
        var statuses = chain?.ChainStatus.Where(s => s.Status != X509ChainStatusFlags.NoError).ToArray() ?? [];
        return statuses.Length == 0
            ? "its chain does not verify"
            : string.Join("; ", statuses.Select(s => $"{s.Status}: {s.StatusInformation.Trim()}").Distinct(StringComparer.Ordinal));
    }
}
