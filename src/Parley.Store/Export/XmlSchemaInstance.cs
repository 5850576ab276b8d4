namespace Parley.Store.Export;

/// <summary>The XML Schema instance namespace, through which a file names the schema it follows.</summary>
internal static class XmlSchemaInstance
{
    /// <summary>The namespace of <c>xsi:schemaLocation</c>.</summary>
    public const string Namespace = "http://www.w3.org/2001/XMLSchema-instance";
}
