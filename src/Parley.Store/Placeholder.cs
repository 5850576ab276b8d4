namespace Parley.Store;
