package io.portail.core.store;

class InMemoryRequestStoreTests extends RequestStoreContract {
    @Override
    protected RequestStore newStore() {
        return new InMemoryRequestStore();
    }
}
