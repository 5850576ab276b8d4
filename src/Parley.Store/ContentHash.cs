using System.Security.Cryptography;
using System.Text;

namespace Parley.Store;

/// <summary>The content hash the store compares: lower-case hex SHA-256 of the UTF-8 text.</summary>
public static class ContentHash
{
    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
