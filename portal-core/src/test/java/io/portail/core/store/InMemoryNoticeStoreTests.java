package io.portail.core.store;

class InMemoryNoticeStoreTests extends NoticeStoreContract {
    @Override
    protected NoticeStore newStore() {
        return new InMemoryNoticeStore();
    }
}
